package io.shopfloor.platform.users.entity;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** What an administrator enters to create a user. */
public record NewUser(
        @NotBlank(message = "is required") @Email(message = "must be an e-mail address") @Size(max = 254) String email,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String displayName,
        @NotBlank(message = "is required") @Size(min = 12, max = 200, message = "must be 12 to 200 characters") String initialPassword,
        @NotEmpty(message = "choose at least one role") List<UUID> roleIds) {
}
