package org.samling.collection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.samling.platform.error.SamlingException;

class SetFileCategoriesHandlerTest {

    @Test
    void namesAreTrimmedAndBlanksStandardNamesAndRepeatsDropped() {
        assertEquals(List.of("Field notes", "Photograph"),
                SetFileCategoriesHandler.normalised(List.of(" Field notes ", "", "transcript", "Photograph", "field NOTES")));
    }

    @Test
    void aNameTooLongOrSpanningLinesIsRefused() {
        assertThrows(SamlingException.class, () -> SetFileCategoriesHandler.normalised(List.of("x".repeat(65))));
        assertThrows(SamlingException.class, () -> SetFileCategoriesHandler.normalised(List.of("two\u0000parts")));
    }

    @Test
    void aCollectionAddsAtMostFiftyCategories() {
        List<String> fifty = IntStream.rangeClosed(1, 50).mapToObj(i -> "Category " + i).toList();
        assertEquals(50, SetFileCategoriesHandler.normalised(fifty).size());
        List<String> fiftyOne = new java.util.ArrayList<>(fifty);
        fiftyOne.add("One more");
        assertThrows(SamlingException.class, () -> SetFileCategoriesHandler.normalised(fiftyOne));
        assertEquals(List.of(), SetFileCategoriesHandler.normalised(Collections.nCopies(3, " ")));
    }
}
