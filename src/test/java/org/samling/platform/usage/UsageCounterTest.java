package org.samling.platform.usage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UsageCounterTest {

    @Test
    void robotsAndScriptsAreNotReaders() {
        for (String robot : new String[] {"Googlebot/2.1 (+http://www.google.com/bot.html)", "curl/8.5.0",
                "python-requests/2.31", "Wget/1.21", "Mozilla/5.0 (compatible; bingbot/2.0)", "", null}) {
            assertTrue(UsageCounter.isRobot(robot), String.valueOf(robot));
        }
        assertFalse(UsageCounter.isRobot("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130 Safari/537.36"));
        assertFalse(UsageCounter.isRobot("Mozilla/5.0 (Macintosh) Gecko/20100101 Firefox/132.0"));
    }
}
