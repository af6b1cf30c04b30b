package org.samling.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SizesTest {

    @Test
    void readsLikeAPersonWouldSayIt() {
        assertEquals("999 bytes", Sizes.human(999));
        assertEquals("5.0 MB", Sizes.human(5_000_000));
        assertEquals("21.5 GB", Sizes.human(21_474_836_480L));
    }
}
