package org.samling.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PostgreSQL a new archive runs on by default keeps what it has committed through a crash. */
class EmbeddedDatabaseTest {

    @TempDir
    Path home;

    @Test
    void commitsReachTheDiskBeforeTheyAreAcknowledged() throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(home.resolve("pgdata"), home.resolve("pgruntime"));
        try {
            assertEquals("on", database.setting("fsync"));
            assertEquals("on", database.setting("synchronous_commit"));
            assertEquals("on", database.setting("full_page_writes"));
        } finally {
            database.stop();
        }
    }

    @Test
    void itsPageCacheIsSizedAsTheOperatorSays() throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(home.resolve("pgdata"), home.resolve("pgruntime"), "160MB");
        try {
            assertEquals("160MB", database.setting("shared_buffers"));
        } finally {
            database.stop();
        }
    }

    @Test
    void aPageCacheSizeThatIsNotOneIsRefusedBeforeAnythingStarts() {
        var refused = assertThrows(IllegalArgumentException.class,
                () -> EmbeddedDatabase.start(home.resolve("pgdata"), home.resolve("pgruntime"), "lots"));
        assertEquals("SAMLING_DB_SHARED_BUFFERS must be a size such as 128MB or 2GB, not 'lots'", refused.getMessage());
    }
}
