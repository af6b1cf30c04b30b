package org.samling.file.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves staged bytes into the store as part of the current transaction: if the transaction
 * does not commit, the bytes are removed again. A crash between the move and the commit
 * leaves bytes without a row, which the sweeper removes.
 */
@ApplicationScoped
public class StoredBytes {

    private static final Logger LOG = Logger.getLogger(StoredBytes.class.getName());

    @Inject
    FileStore store;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public void storeUntilRollback(StagedFile staged, String key) {
        try {
            store.commit(staged, key);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not move the upload into the file store", e);
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to prepare: the bytes are already in place
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    try {
                        store.delete(key);
                    } catch (IOException e) {
                        LOG.log(Level.WARNING, "Could not remove " + key + " after a rollback; the sweeper will", e);
                    }
                }
            }
        });
    }
}
