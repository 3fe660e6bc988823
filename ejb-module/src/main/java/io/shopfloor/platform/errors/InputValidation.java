package io.shopfloor.platform.errors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import io.shopfloor.platform.messages.Message;

/**
 * Runs Bean Validation on a service's input and reports every broken rule per field, as
 * Messages in either language. A constraint names its text as {@code message = "{input.tooLong}"}
 * (a key of the service bundle); the pattern's parameters are the constraint's limits, in the
 * order of {@link #LIMITS} among those it has ({@code @Size(max = 200)}: {0} is min, {1} is max).
 */
@ApplicationScoped
public class InputValidation {

    /** The constraint attributes passed to a pattern, in this order. */
    static final List<String> LIMITS = List.of("value", "min", "max", "integer", "fraction");

    @Inject
    Validator validator;

    public void check(Object input) {
        if (input == null) {
            throw InvalidInputException.of("body", "input.required");
        }
        Set<ConstraintViolation<Object>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            Map<String, Message> errors = new LinkedHashMap<>();
            violations.stream()
                    .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString())
                            .thenComparing(ConstraintViolation::getMessageTemplate))
                    .forEach(v -> errors.merge(v.getPropertyPath().toString(), message(v), (x, y) -> Message.of("input.both", x, y)));
            throw new InvalidInputException(errors);
        }
    }

    static Message message(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (!template.startsWith("{input.") || !template.endsWith("}")) {
            // A constraint without a Shopfloor text (a library's): its English words, as the validator wrote them.
            return Message.of("input.asWritten", violation.getMessage());
        }
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        List<Object> limits = new ArrayList<>();
        for (String name : LIMITS) {
            if (attributes.containsKey(name)) {
                limits.add(attributes.get(name));
            }
        }
        return Message.of(template.substring(1, template.length() - 1), limits.toArray());
    }
}
