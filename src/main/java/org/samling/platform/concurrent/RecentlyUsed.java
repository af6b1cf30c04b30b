package org.samling.platform.concurrent;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** At most {@code limit} values by key, the least recently used forgotten first; safe to share between threads. */
public final class RecentlyUsed<K, V> {

    private final Map<K, V> values;

    public RecentlyUsed(int limit) {
        values = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > limit;
            }
        });
    }

    /** The value kept for {@code key}, or null. */
    public V get(K key) {
        return values.get(key);
    }

    public void put(K key, V value) {
        values.put(key, value);
    }
}
