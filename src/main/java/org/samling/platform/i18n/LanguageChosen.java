package org.samling.platform.i18n;

/** A visitor picked the language of the site (en, sv, nb); the account feature remembers it for mail. */
public record LanguageChosen(String language) {
}
