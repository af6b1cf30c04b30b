package org.samling.file.control;

import org.samling.file.entity.DataFile;
import org.samling.file.entity.FileMetadata;

public record AddedFile(DataFile dataFile, FileMetadata metadata) {
}
