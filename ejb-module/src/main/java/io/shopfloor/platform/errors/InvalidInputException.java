package io.shopfloor.platform.errors;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ejb.ApplicationException;

/** Input that breaks a rule, with one message per offending field (field names as in the API). */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super("Please correct: " + String.join(", ", fieldErrors.keySet()));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
