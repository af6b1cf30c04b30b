package org.samling.account.control;

/**
 * What a person gives to open an account.
 *
 * @param language the language they read mail in (en, sv, nb), or null for the request's
 */
public record NewAccount(String username, String firstName, String lastName, String email, String affiliation,
                         String language) {

    public NewAccount(String username, String firstName, String lastName, String email, String affiliation) {
        this(username, firstName, lastName, email, affiliation, null);
    }
}
