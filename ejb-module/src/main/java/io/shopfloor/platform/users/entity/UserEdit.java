package io.shopfloor.platform.users.entity;

import java.io.Serializable;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An administrator's change of a user's e-mail address and name. */
public record UserEdit(
        @NotBlank(message = "{input.required}") @Email(message = "{input.email}") @Size(max = 254, message = "{input.tooLong}") String email,
        @NotBlank(message = "{input.required}") @Size(max = 200, message = "{input.tooLong}") String displayName) implements Serializable {

    private static final long serialVersionUID = 1L;
}
