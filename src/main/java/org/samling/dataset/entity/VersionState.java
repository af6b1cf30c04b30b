package org.samling.dataset.entity;

public enum VersionState {
    DRAFT, RELEASED, DEACCESSIONED
}
