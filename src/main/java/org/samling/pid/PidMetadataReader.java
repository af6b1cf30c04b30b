package org.samling.pid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.samling.dataset.entity.CitationMetadata;
import org.samling.dataset.entity.DatasetMetadata;
import org.samling.dataset.entity.GlobalId;
import org.samling.dataset.entity.License;
import org.samling.platform.config.SamlingConfig;
import org.samling.platform.persistence.Sql;

/**
 * What a provider is told about a dataset, read when the registration is sent (not when it
 * was queued), so a registration that waited through a failure sends what is published now.
 */
@ApplicationScoped
public class PidMetadataReader {

    @Inject
    Sql sql;

    @Inject
    SamlingConfig config;

    @Inject
    Clock clock;

    private String site;
    private String publisher;

    public PidMetadataReader() {
    }

    /** For tests outside the container. */
    public PidMetadataReader(Sql sql, Clock clock, String site, String publisher) {
        this.sql = sql;
        this.clock = clock;
        this.site = site;
        this.publisher = publisher;
    }

    private String site() {
        return site != null ? site : config.siteUrl();
    }

    private String publisher() {
        return publisher != null ? publisher : config.publisher();
    }

    /** The dataset's landing page: where its identifier leads. */
    public String landingPage(GlobalId id) {
        return site() + "/dataset.xhtml?persistentId=" + URLEncoder.encode(id.asString(), StandardCharsets.UTF_8);
    }

    /** The metadata of the version published now; empty if none is (all were deaccessioned). */
    public Optional<PidMetadata> published(long datasetId) {
        return sql.one("""
                select d.protocol, d.authority, d.identifier, d.publication_date, v.title, v.metadata, v.license,
                       v.license_uri, v.version_number, v.minor_version_number, v.description
                  from dataset d join dataset_version v on v.id = d.released_version_id
                 where d.id = ?
                """, row -> {
            GlobalId id = new GlobalId(row.getString(1), row.getString(2), row.getString(3));
            CitationMetadata citation = DatasetMetadata.fromStored(row.getString(6),
                    License.stored(row.getString(7), row.getString(8))).citation();
            List<PidMetadata.Creator> creators = citation.authors().stream()
                    .filter(author -> author.name() != null && !author.name().isBlank())
                    .map(author -> new PidMetadata.Creator(author.name(), author.affiliation(), author.orcid()))
                    .toList();
            String licenseName = row.getString(7);
            List<PidMetadata.Rights> rights = licenseName == null ? List.of()
                    : List.of(new PidMetadata.Rights(licenseName, row.getString(8)));
            String description = row.getString(11) != null ? row.getString(11)
                    : citation.descriptions().isEmpty() ? null : citation.descriptions().get(0);
            return new PidMetadata(row.getString(5), creators, publisher(), year(Sql.instant(row, "publication_date")),
                    landingPage(id), citation.subjects(), citation.languages().isEmpty() ? null
                    : citation.languages().get(0), rights, description,
                    row.getInt(9) + "." + row.getInt(10));
        }, datasetId);
    }

    /** The record left when no version is published any more. */
    public PidMetadata tombstone(long datasetId) {
        return sql.one("select protocol, authority, identifier, publication_date from dataset where id = ?",
                row -> PidMetadata.tombstone(publisher(), year(Sql.instant(row, "publication_date")),
                        landingPage(new GlobalId(row.getString(1), row.getString(2), row.getString(3)))), datasetId)
                .orElseThrow(() -> new IllegalStateException("No dataset " + datasetId));
    }

    private int year(Instant published) {
        return (published != null ? published : clock.instant()).atZone(ZoneOffset.UTC).getYear();
    }
}
