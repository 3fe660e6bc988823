package io.shopfloor.platform.users.entity;

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
        @NotBlank(message = "is required") @Email(message = "must be an e-mail address") @Size(max = 254) String email,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String displayName,
        @Size(min = PasswordRules.MIN_LENGTH, max = PasswordRules.MAX_LENGTH, message = PasswordRules.LENGTH_MESSAGE) String initialPassword,
        @NotEmpty(message = "choose at least one role") List<UUID> roleIds) {
}
