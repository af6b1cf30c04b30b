package org.samling.account.control;

import org.samling.account.entity.AppUser;

/** A new account with the API token issued for it. */
public record CreatedUser(AppUser user, String apiToken) {
}
