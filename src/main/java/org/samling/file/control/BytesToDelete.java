package org.samling.file.control;

import java.util.List;

/** Storage keys whose rows are gone; their bytes go once the transaction has committed. */
public record BytesToDelete(List<String> storageKeys) {
}
