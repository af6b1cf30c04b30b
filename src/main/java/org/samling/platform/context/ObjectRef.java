package org.samling.platform.context;

/** A collection or dataset that permissions are assigned on and checked against. */
public record ObjectRef(Kind kind, long id) {

    public enum Kind { COLLECTION, DATASET }

    public static ObjectRef collection(long id) {
        return new ObjectRef(Kind.COLLECTION, id);
    }

    public static ObjectRef dataset(long id) {
        return new ObjectRef(Kind.DATASET, id);
    }
}
