package org.samling.account.control;

import java.time.Clock;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;
import org.samling.account.entity.AppUser;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.config.SamlingConfig;
import org.samling.platform.context.RequestContext;

/**
 * On the first start (no administrator yet) creates the account {@code admin}, and writes its
 * API token to {@code $SAMLING_HOME/admin.token} and its password, unless one was configured,
 * to {@code $SAMLING_HOME/admin.password}; both readable by the owner only.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class AdminBootstrap {

    public static final String ADMIN = "admin";
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    Accounts accounts;

    @Inject
    CommandEngine engine;

    @Inject
    SamlingConfig config;

    @Inject
    Clock clock;

    @PostConstruct
    void ensureAdministrator() {
        if (accounts.anySuperuser()) {
            return;
        }
        String password = config.adminPassword().orElseGet(AdminBootstrap::randomPassword);
        RequestContext server = RequestContext.server(clock.instant());
        CreatedUser created = engine.submit(new CreateUserCommand(server,
                new NewAccount(ADMIN, "Repository", "Administrator", "admin@samling.invalid", null),
                password, null, true));
        Path token = writeSecret("admin.token", created.apiToken());
        String passwordNote = config.adminPassword().isPresent() ? "the configured SAMLING_ADMIN_PASSWORD"
                : writeSecret("admin.password", password).toString();
        LOG.info(() -> "Created the administrator account '" + ADMIN + "'. API token: " + token
                + "; password: " + passwordNote);
    }

    /** The administrator, for tasks the server does on its own behalf. */
    public Optional<RequestContext> administratorContext() {
        Optional<AppUser> admin = accounts.byUsername(ADMIN).filter(AppUser::isSuperuser);
        return admin.map(user -> RequestContext.administrator(user.getId(), user.getUsername(), clock.instant()));
    }

    private Path writeSecret(String name, String secret) {
        Path file = config.home().resolve(name);
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, secret + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static String randomPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.append(random.nextInt(10)).toString();
    }
}
