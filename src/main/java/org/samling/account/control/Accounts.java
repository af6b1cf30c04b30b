package org.samling.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.samling.account.entity.AppUser;

/** Finds accounts, and checks a user name (or e-mail) and password. */
@ApplicationScoped
public class Accounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    public Optional<AppUser> find(long id) {
        return Optional.ofNullable(em.find(AppUser.class, id));
    }

    public Optional<AppUser> byUsername(String username) {
        return em.createQuery("select u from AppUser u where u.username = :name", AppUser.class)
                .setParameter("name", username)
                .getResultStream()
                .findFirst();
    }

    public boolean emailTaken(String email) {
        return !em.createQuery("select u.id from AppUser u where lower(u.email) = :email", Long.class)
                .setParameter("email", email.toLowerCase())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** The account whose user name or e-mail and password these are. */
    public Optional<AppUser> authenticate(String usernameOrEmail, String password) {
        if (usernameOrEmail == null || password == null) {
            return Optional.empty();
        }
        String given = usernameOrEmail.trim();
        Optional<AppUser> user = given.contains("@")
                ? em.createQuery("select u from AppUser u where lower(u.email) = :email", AppUser.class)
                        .setParameter("email", given.toLowerCase())
                        .getResultStream()
                        .findFirst()
                : byUsername(given);
        return user.filter(u -> passwords.matches(password, u.getPasswordHash()));
    }

    public boolean anySuperuser() {
        return !em.createQuery("select u.id from AppUser u where u.superuser = true", Long.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
