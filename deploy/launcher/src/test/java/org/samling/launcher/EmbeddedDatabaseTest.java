package org.samling.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
