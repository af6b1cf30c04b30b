package org.samling.oai.control;

import io.gdcc.xoai.dataprovider.DataProvider;
import io.gdcc.xoai.dataprovider.model.Context;
import io.gdcc.xoai.dataprovider.model.MetadataFormat;
import io.gdcc.xoai.dataprovider.repository.Repository;
import io.gdcc.xoai.dataprovider.repository.RepositoryConfiguration;
import io.gdcc.xoai.model.oaipmh.DeletedRecord;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.OAIPMH;
import io.gdcc.xoai.xml.XmlWriter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Map;
import org.samling.export.control.Exporters;
import org.samling.platform.config.SamlingConfig;
import org.samling.platform.persistence.Sql;

/**
 * The OAI-PMH 2.0 data provider (gdcc xoai): formats from the harvestable exporters, sets from
 * the collections, records from {@link OaiItems}. Deleted records are kept persistently.
 */
@ApplicationScoped
public class OaiProvider {


    @Inject
    OaiItems items;

    @Inject
    OaiSets sets;

    @Inject
    Exporters exporters;

    @Inject
    SamlingConfig config;

    @Inject
    Sql sql;

    private Context context;

    @PostConstruct
    void build() {
        context = Context.context();
        exporters.harvestable().forEach(e -> e.oai().ifPresent(f -> context.withMetadataFormat(
                MetadataFormat.metadataFormat(f.prefix()).withNamespace(f.namespace()).withSchemaLocation(f.schema()))));
    }

    public OAIPMH handle(Map<String, String[]> parameters) {
        return DataProvider.dataProvider(context, repository()).handle(parameters);
    }

    public void write(OAIPMH response, OutputStream out) throws Exception {
        try (XmlWriter writer = new XmlWriter(out, configuration())) {
            writer.write(response);
        }
    }

    private Repository repository() {
        return new Repository(configuration()).withItemRepository(items).withSetRepository(sets);
    }

    private RepositoryConfiguration configuration() {
        return new RepositoryConfiguration.RepositoryConfigurationBuilder()
                .withRepositoryName(config.publisher())
                .withBaseUrl(config.siteUrl() + "/oai")
                .withAdminEmail(adminEmail())
                .withEarliestDate(earliest())
                .withGranularity(Granularity.Second)
                .withDeleteMethod(DeletedRecord.PERSISTENT)
                .withMaxListIdentifiers(config.oaiPageSize())
                .withMaxListRecords(config.oaiPageSize())
                .withMaxListSets(1000)
                .withResumptionTokenFormat(new KeysetTokens().withGranularity(Granularity.Second))
                .withRequireFromAfterEarliest(false)
                .withEnableMetadataAttributes(false)
                .build();
    }

    /** OAI-PMH asks for an address with a domain; a test site's {@code samling@localhost} is not one. */
    private String adminEmail() {
        String from = config.mailFrom();
        return from.matches("\\S+@(\\S+\\.)+\\S+") ? from : "repository@samling.invalid";
    }

    private Instant earliest() {
        return sql.one("select min(modified_at) from oai_record", row -> row.getTimestamp(1))
                .filter(t -> t != null).map(java.sql.Timestamp::toInstant)
                .orElse(Instant.parse("2020-01-01T00:00:00Z")).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }
}
