package org.samling.dataset.control;

import org.samling.dataset.entity.Dataset;
import org.samling.dataset.entity.DatasetVersion;

public record CreatedDataset(Dataset dataset, DatasetVersion draft) {
}
