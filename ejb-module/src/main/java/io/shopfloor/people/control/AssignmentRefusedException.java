package io.shopfloor.people.control;

import jakarta.ejb.ApplicationException;

import io.shopfloor.platform.errors.BusinessRuleException;

/**
 * A worker may not be given the work on that day: no valid skill for the stage, or the day's hours
 * are full. Someone with people:override may assign anyway by giving a reason; screens offer that.
 */
@ApplicationException(rollback = true)
public class AssignmentRefusedException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public AssignmentRefusedException(String key, Object... parameters) {
        super(key, parameters);
    }
}
