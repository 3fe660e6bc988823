package io.shopfloor.platform.users.entity;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * What an administrator enters to create a user. The initial password is left empty when the
 * user is to choose their own with a one-time link.
 */
public record NewUser(
        @NotBlank(message = "{input.required}") @Email(message = "{input.email}") @Size(max = 254, message = "{input.tooLong}") String email,
        @NotBlank(message = "{input.required}") @Size(max = 200, message = "{input.tooLong}") String displayName,
        @Size(min = PasswordRules.MIN_LENGTH, max = PasswordRules.MAX_LENGTH, message = "{input.passwordLength}") String initialPassword,
        @NotEmpty(message = "{input.chooseRole}") List<UUID> roleIds) implements Serializable {

    private static final long serialVersionUID = 1L;
}
