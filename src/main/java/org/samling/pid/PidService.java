package org.samling.pid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.dataset.control.PidGenerator;
import org.samling.dataset.control.PidMinter;
import org.samling.dataset.entity.GlobalId;
import org.samling.platform.persistence.Sql;

/**
 * Which provider a collection uses: its own choice, else the nearest ancestor's, else the
 * installation's ({@code SAMLING_PID_PROVIDER}). New datasets get their identifiers from it.
 */
@ApplicationScoped
public class PidService implements PidMinter {

    @Inject
    Sql sql;

    @Inject
    PidProviders providers;

    @Inject
    PidGenerator generator;

    @Override
    public GlobalId mint(long collectionId) {
        return provider(collectionId).generate(generator);
    }

    public PidProvider provider(long collectionId) {
        return providers.get(providerName(collectionId));
    }

    /** The name in force for the collection (walking up its path to the root). */
    public String providerName(long collectionId) {
        return sql.one("""
                select up.pid_provider from collection c
                  join collection up on c.path like '%/' || up.id || '/%'
                 where c.id = ? and up.pid_provider is not null
                 order by length(up.path) desc limit 1
                """, row -> row.getString(1), collectionId).orElse(providers.installationDefault());
    }

    /** The collection's own choice, null when it inherits. */
    public String ownProviderName(long collectionId) {
        return sql.one("select pid_provider from collection where id = ?", row -> row.getString(1), collectionId)
                .orElse(null);
    }

    /** The provider that minted the dataset's identifier (it stays with it when collections change). */
    public PidProvider providerOfDataset(long datasetId) {
        return providers.get(sql.one("select pid_provider from dataset where id = ?", row -> row.getString(1),
                datasetId).orElse(LocalDoiProvider.NAME));
    }
}
