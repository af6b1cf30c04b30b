package org.samling.account.control;

import org.samling.platform.i18n.Messages;
import java.util.Locale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.samling.account.entity.AppUser;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.config.SamlingConfig;
import org.samling.platform.error.SamlingException;

@ApplicationScoped
public class CreateUserHandler implements CommandHandler<CreateUserCommand, CreatedUser> {

    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._\\-]{2,64}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Passwords passwords;

    @Inject
    ApiTokens tokens;

    @Inject
    SamlingConfig config;

    @Override
    public CreatedUser handle(CreateUserCommand command) {
        if (!command.context().superuser()) {
            requireKey(command.builtinUsersKey());
        }
        NewAccount account = command.account();
        validate(account);
        Passwords.requireStrong(command.password());
        if (accounts.byUsername(account.username()).isPresent()) {
            throw SamlingException.conflict("error.usernameTaken", account.username());
        }
        if (accounts.emailTaken(account.email())) {
            throw SamlingException.conflict("error.emailTaken", account.email());
        }
        AppUser user = new AppUser(account.username(), account.firstName().trim(), account.lastName().trim(),
                account.email().trim(), blankToNull(account.affiliation()));
        user.setPasswordHash(passwords.hash(command.password()));
        user.setSuperuser(command.superuser() && command.context().superuser());
        user.setLanguage(Messages.supported(Locale.forLanguageTag(
                account.language() != null ? account.language() : command.context().language())).getLanguage());
        // accounts are made by an administrator or with the administrator's key: their address counts as confirmed
        user.emailVerified();
        em.persist(user);
        em.flush();
        return new CreatedUser(user, tokens.issue(user));
    }

    private void requireKey(String presented) {
        String configured = config.builtinUsersKey()
                .orElseThrow(() -> SamlingException.forbidden("error.builtinUsersDisabled"));
        boolean same = presented != null && MessageDigest.isEqual(
                configured.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
        if (!same) {
            throw SamlingException.unauthorized("error.builtinUsersBadKey");
        }
    }

    static void validate(NewAccount account) {
        if (account.username() == null || !USERNAME.matcher(account.username()).matches()) {
            throw SamlingException.badRequest("error.badUsername");
        }
        if (isBlank(account.firstName()) || isBlank(account.lastName())) {
            throw SamlingException.badRequest("error.nameRequired");
        }
        if (account.email() == null || !EMAIL.matcher(account.email().trim()).matches()) {
            throw SamlingException.badRequest("error.badEmail", String.valueOf(account.email()));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value.trim();
    }
}
