package org.samling.account.control;

/** What a person gives to open an account. */
public record NewAccount(String username, String firstName, String lastName, String email, String affiliation) {
}
