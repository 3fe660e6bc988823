package io.shopfloor.platform.users.entity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An administrator's change of a user's e-mail address and name. */
public record UserEdit(
        @NotBlank(message = "is required") @Email(message = "must be an e-mail address") @Size(max = 254) String email,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String displayName) {
}
