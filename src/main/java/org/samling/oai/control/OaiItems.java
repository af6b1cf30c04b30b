package org.samling.oai.control;

import io.gdcc.xoai.dataprovider.exceptions.handler.HandlerException;
import io.gdcc.xoai.dataprovider.exceptions.handler.IdDoesNotExistException;
import io.gdcc.xoai.dataprovider.filter.ScopedFilter;
import io.gdcc.xoai.dataprovider.model.Item;
import io.gdcc.xoai.dataprovider.model.ItemIdentifier;
import io.gdcc.xoai.dataprovider.model.MetadataFormat;
import io.gdcc.xoai.dataprovider.model.Set;
import io.gdcc.xoai.dataprovider.repository.ItemRepository;
import io.gdcc.xoai.dataprovider.repository.ResultsPage;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import io.gdcc.xoai.model.oaipmh.results.record.Metadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.samling.dataset.control.Datasets;
import org.samling.export.control.Exports;
import org.samling.export.control.format.DataverseJsonExporter;
import org.samling.platform.persistence.Sql;
import org.samling.platform.time.ServerClock;

/**
 * The records OAI-PMH lists, read from {@code oai_record} in dataset order, each page after the
 * last dataset id the previous one sent ({@link KeysetTokens}): page 1,000 costs what page 1
 * does. Metadata comes from the kept
 * exports, one row per record.
 */
@ApplicationScoped
public class OaiItems implements ItemRepository {

    @Inject
    Sql sql;

    @Inject
    OaiSets sets;

    @Inject
    Exports exports;

    @Inject
    Datasets datasets;

    @Inject
    ServerClock clock;

    record Row(long datasetId, String identifier, Instant modified, boolean deleted, long collectionId, String body) {
    }

    record Record(Row row, List<Set> sets, Metadata metadata) implements Item {
        @Override
        public String getIdentifier() {
            return row.identifier();
        }

        @Override
        public Instant getDatestamp() {
            return row.modified();
        }

        @Override
        public List<Set> getSets() {
            return sets;
        }

        @Override
        public boolean isDeleted() {
            return row.deleted();
        }

        @Override
        public Metadata getMetadata() {
            return metadata;
        }
    }

    @Override
    public ItemIdentifier getItemIdentifier(String identifier) throws IdDoesNotExistException {
        return find(identifier, null).orElseThrow(() -> new IdDoesNotExistException("No record " + identifier));
    }

    @Override
    public Item getItem(String identifier, MetadataFormat format) throws HandlerException {
        return find(identifier, format).orElseThrow(() -> new IdDoesNotExistException("No record " + identifier));
    }

    @Override
    public ResultsPage<ItemIdentifier> getItemIdentifiers(List<ScopedFilter> filters, MetadataFormat format, int length,
                                                          ResumptionToken.Value token) {
        var page = page(format, length, token, false);
        return new ResultsPage<>(page.request(), page.more(), new ArrayList<>(page.items()), page.total());
    }

    @Override
    public ResultsPage<Item> getItems(List<ScopedFilter> filters, MetadataFormat format, int length,
                                      ResumptionToken.Value token) {
        var page = page(format, length, token, true);
        return new ResultsPage<>(page.request(), page.more(), new ArrayList<>(page.items()), page.total());
    }

    private record Page(ResumptionToken.Value request, boolean more, List<Record> items, int total) {
    }

    private Page page(MetadataFormat format, int length, ResumptionToken.Value token, boolean withMetadata) {
        long after = KeysetTokens.lastSent(token);
        StringBuilder filter = new StringBuilder();
        List<Object> filterParams = new ArrayList<>();
        if (token.hasFrom()) {
            filter.append(" and r.modified_at >= ?");
            filterParams.add(Timestamp.from(token.getFrom()));
        }
        if (token.hasUntil()) {
            filter.append(" and r.modified_at < ?");
            filterParams.add(Timestamp.from(token.getUntil().plusSeconds(1)));
        }
        if (token.hasSetSpec()) {
            filter.append(" and c.path like ?");
            filterParams.add(sets.pathOf(token.getSetSpec()).orElse("/none/") + "%");
        }
        List<Object> params = new ArrayList<>(List.of(format == null ? "" : format.getPrefix(),
                java.sql.Date.valueOf(clock.today()), after));
        params.addAll(filterParams);
        params.add(length + 1);
        List<Row> rows = sql.list(SELECT + " where r.dataset_id > ?" + filter + " order by r.dataset_id limit ?",
                OaiItems::row, params.toArray());
        boolean more = rows.size() > length;
        if (more) {
            rows = rows.subList(0, length);
        }
        List<Record> items = rows.stream().map(row -> record(row, format, withMetadata)).toList();
        int total = (int) sql.count("select count(*) from oai_record r join collection c on c.id = r.collection_id where true"
                + filter, filterParams.toArray());
        KeysetTokens.lastInPage(rows.isEmpty() ? after : rows.get(rows.size() - 1).datasetId());
        long cursor = token.hasOffset() ? token.getOffset() : 0;
        return new Page(token, more, items, (int) Math.max(total, cursor + rows.size()));
    }

    private static final String SELECT = """
            select r.dataset_id, r.identifier, r.modified_at, r.deleted, r.collection_id, e.body
            from oai_record r
            join collection c on c.id = r.collection_id
            left join dataset d on d.id = r.dataset_id
            left join version_export e on e.version_id = d.released_version_id and e.exporter = ?
                 and e.version_updated_at = (select v.updated_at from dataset_version v where v.id = d.released_version_id)
                 and (e.valid_until is null or e.valid_until > ?)""";

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getBoolean(4), rs.getLong(5),
                rs.getString(6));
    }

    private Optional<Record> find(String identifier, MetadataFormat format) {
        List<Object> params = List.of(format == null ? "" : format.getPrefix(), java.sql.Date.valueOf(clock.today()),
                identifier == null ? "" : identifier);
        return sql.one(SELECT + " where lower(r.identifier) = lower(?)", OaiItems::row, params.toArray())
                .map(row -> record(row, format, format != null));
    }

    private Record record(Row row, MetadataFormat format, boolean withMetadata) {
        Metadata metadata = null;
        if (withMetadata && !row.deleted()) {
            String body = row.body() != null ? row.body()
                    : exports.of(datasets.require(row.datasetId()), null, format.getPrefix()).body();
            metadata = metadata(format.getPrefix(), body);
        }
        return new Record(row, sets.of(row.collectionId()), metadata);
    }

    static Metadata metadata(String prefix, String body) {
        if (prefix.equals("dataverse_json")) {
            String escaped = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            return new Metadata("<dataverse_json xmlns=\"" + DataverseJsonExporter.NAMESPACE + "\">" + escaped
                    + "</dataverse_json>");
        }
        return new Metadata(body.replaceFirst("^\\s*<\\?xml[^>]*\\?>\\s*", ""));
    }
}
