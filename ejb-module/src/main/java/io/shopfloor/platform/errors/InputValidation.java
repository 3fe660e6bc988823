package io.shopfloor.platform.errors;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/** Runs Bean Validation on a service's input and reports every broken rule per field. */
@ApplicationScoped
public class InputValidation {

    @Inject
    Validator validator;

    public void check(Object input) {
        if (input == null) {
            throw InvalidInputException.of("body", "is required");
        }
        Set<ConstraintViolation<Object>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            violations.stream()
                    .sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                    .forEach(v -> errors.merge(v.getPropertyPath().toString(), v.getMessage(), (x, y) -> x + "; " + y));
            throw new InvalidInputException(errors);
        }
    }
}
