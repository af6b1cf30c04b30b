package org.samling.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A local account. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(nullable = false)
    private String email;

    private String affiliation;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(nullable = false)
    private boolean superuser;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** LOCAL: an account with a password; GUEST: someone who asked for access with a confirmed e-mail. */
    @Column(nullable = false)
    private String kind = "LOCAL";

    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    private String language;

    protected AppUser() {
    }

    public AppUser(String username, String firstName, String lastName, String email, String affiliation) {
        this.username = username;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.affiliation = affiliation;
        this.createdAt = Instant.now();
    }

    /** The language the person reads mail and notifications in: en, sv or nb (null: English). */
    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getDisplayName() {
        return firstName + " " + lastName;
    }

    public String getEmail() {
        return email;
    }

    public String getAffiliation() {
        return affiliation;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isSuperuser() {
        return superuser;
    }

    public void setSuperuser(boolean superuser) {
        this.superuser = superuser;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public static AppUser guest(String username, String name, String email, String affiliation) {
        int space = name.lastIndexOf(' ');
        AppUser guest = new AppUser(username, space > 0 ? name.substring(0, space) : name,
                space > 0 ? name.substring(space + 1) : "", email, affiliation);
        guest.kind = "GUEST";
        return guest;
    }

    public boolean isGuest() {
        return "GUEST".equals(kind);
    }

    public Instant getEmailVerifiedAt() {
        return emailVerifiedAt;
    }

    public void emailVerified() {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = Instant.now();
        }
    }
}
