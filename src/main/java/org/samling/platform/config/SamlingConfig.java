package org.samling.platform.config;

import org.samling.platform.web.TrustedProxies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every setting of the server in one place. Each comes from MicroProfile Config, so
 * {@code samling.home} is read from the environment variable {@code SAMLING_HOME} too.
 */
@ApplicationScoped
public class SamlingConfig {

    @Inject
    @ConfigProperty(name = "samling.home", defaultValue = "var")
    String home;

    @Inject
    @ConfigProperty(name = "samling.publisher", defaultValue = "Samling")
    String publisher;

    @Inject
    @ConfigProperty(name = "samling.pid.protocol", defaultValue = "doi")
    String pidProtocol;

    @Inject
    @ConfigProperty(name = "samling.pid.authority", defaultValue = "10.5072")
    String pidAuthority;

    @Inject
    @ConfigProperty(name = "samling.pid.shoulder", defaultValue = "SAMLING/")
    String pidShoulder;

    @Inject
    @ConfigProperty(name = "samling.builtin.users.key")
    Optional<String> builtinUsersKey;

    @Inject
    @ConfigProperty(name = "samling.upload.max.file.size", defaultValue = "21474836480")
    long uploadMaxFileSize;

    @Inject
    @ConfigProperty(name = "samling.dataset.max.files", defaultValue = "100000")
    int datasetMaxFiles;

    @Inject
    @ConfigProperty(name = "samling.dataset.quota", defaultValue = "1099511627776")
    long datasetQuota;

    @Inject
    @ConfigProperty(name = "samling.zip.max.entries", defaultValue = "10000")
    int zipMaxEntries;

    @Inject
    @ConfigProperty(name = "samling.zip.max.ratio", defaultValue = "100")
    int zipMaxRatio;

    @Inject
    @ConfigProperty(name = "samling.extraction.max.file.size", defaultValue = "268435456")
    long extractionMaxFileSize;

    @Inject
    @ConfigProperty(name = "samling.extraction.max.chars", defaultValue = "2000000")
    int extractionMaxChars;

    @Inject
    @ConfigProperty(name = "samling.extraction.timeout.seconds", defaultValue = "60")
    int extractionTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "samling.site.url", defaultValue = "http://localhost:8080")
    String siteUrl;

    @Inject
    @ConfigProperty(name = "samling.smtp.host")
    Optional<String> smtpHost;

    @Inject
    @ConfigProperty(name = "samling.smtp.port", defaultValue = "25")
    int smtpPort;

    @Inject
    @ConfigProperty(name = "samling.smtp.user")
    Optional<String> smtpUser;

    @Inject
    @ConfigProperty(name = "samling.smtp.password")
    Optional<String> smtpPassword;

    @Inject
    @ConfigProperty(name = "samling.smtp.starttls", defaultValue = "false")
    boolean smtpStartTls;

    @Inject
    @ConfigProperty(name = "samling.mail.from", defaultValue = "samling@localhost")
    String mailFrom;

    @Inject
    @ConfigProperty(name = "samling.grant.warning.days", defaultValue = "7")
    int grantWarningDays;

    @Inject
    @ConfigProperty(name = "samling.retention.reminder.days", defaultValue = "30")
    int retentionReminderDays;

    @Inject
    @ConfigProperty(name = "samling.oai.page.size", defaultValue = "100")
    int oaiPageSize;

    @Inject
    @ConfigProperty(name = "samling.upload.part.size", defaultValue = "67108864")
    long uploadPartSize;

    @Inject
    @ConfigProperty(name = "samling.demo.dir")
    Optional<String> demoDir;

    @Inject
    @ConfigProperty(name = "samling.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "samling.trusted.proxies")
    Optional<String> trustedProxies;

    private volatile TrustedProxies proxies;

    public Path home() {
        return Path.of(home).toAbsolutePath().normalize();
    }

    public String publisher() {
        return publisher;
    }

    public String pidProtocol() {
        return pidProtocol;
    }

    public String pidAuthority() {
        return pidAuthority;
    }

    public String pidShoulder() {
        return pidShoulder;
    }

    /** The secret that allows {@code POST /api/builtin-users}; absent means the endpoint is off. */
    public Optional<String> builtinUsersKey() {
        return builtinUsersKey.filter(key -> !key.isBlank());
    }

    public long uploadMaxFileSize() {
        return uploadMaxFileSize;
    }

    public int datasetMaxFiles() {
        return datasetMaxFiles;
    }

    /** Bytes all files of one dataset version may take together. */
    public long datasetQuota() {
        return datasetQuota;
    }

    public int zipMaxEntries() {
        return zipMaxEntries;
    }

    /** The most an entry may grow when inflated (uncompressed size / compressed size). */
    public int zipMaxRatio() {
        return zipMaxRatio;
    }

    public long extractionMaxFileSize() {
        return extractionMaxFileSize;
    }

    public int extractionMaxChars() {
        return extractionMaxChars;
    }

    public int extractionTimeoutSeconds() {
        return extractionTimeoutSeconds;
    }

    /** The address people reach the site at, for links in e-mail. */
    public String siteUrl() {
        return siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
    }

    /** The SMTP server; without one, mail is written to {@code $SAMLING_HOME/mail-outbox}. */
    public Optional<String> smtpHost() {
        return smtpHost.filter(host -> !host.isBlank());
    }

    public int smtpPort() {
        return smtpPort;
    }

    public Optional<String> smtpUser() {
        return smtpUser.filter(user -> !user.isBlank());
    }

    public Optional<String> smtpPassword() {
        return smtpPassword;
    }

    public boolean smtpStartTls() {
        return smtpStartTls;
    }

    public String mailFrom() {
        return mailFrom;
    }

    /** How many days before a grant ends its holder is warned. */
    public int grantWarningDays() {
        return grantWarningDays;
    }

    /** How many days before a dataset's retention date its curators are reminded. */
    public int retentionReminderDays() {
        return retentionReminderDays;
    }

    /**
     * The part size of a direct upload: a file larger than this is sent in parts of this size,
     * between 64 KiB and 64 MiB (a piece of an upload session is at most 64 MiB).
     */
    public long uploadPartSize() {
        return Math.max(64L * 1024, Math.min(64L * 1024 * 1024, uploadPartSize));
    }

    /** Records (or identifiers) in one OAI-PMH page, between 1 and 1,000. */
    public int oaiPageSize() {
        return Math.max(1, Math.min(1000, oaiPageSize));
    }

    public Optional<Path> demoDir() {
        return demoDir.filter(dir -> !dir.isBlank()).map(Path::of);
    }

    /** The proxies whose forwarding headers are believed; none unless configured. */
    public TrustedProxies trustedProxies() {
        if (proxies == null) {
            proxies = TrustedProxies.parse(trustedProxies.orElse(""));
        }
        return proxies;
    }

    /** Whether people reach the site over HTTPS (its public address says so): cookies are then Secure. */
    public boolean servedOverHttps() {
        return siteUrl.toLowerCase(java.util.Locale.ROOT).startsWith("https://");
    }

    public Optional<String> adminPassword() {
        return adminPassword.filter(password -> !password.isBlank());
    }
}
