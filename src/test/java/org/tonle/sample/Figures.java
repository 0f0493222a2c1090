package org.tonle.sample;

import java.util.Map;
import java.util.TreeMap;

/** What the sample's detailed files add up to for January 2026, so the published file can match them. */
final class Figures {
    static final Map<String, Integer> DEPORTED_JAN = new TreeMap<>();
    static final Map<String, Integer> ARRESTED_JAN = new TreeMap<>();
    static final Map<String, Integer> RESCUED_JAN = new TreeMap<>();

    private Figures() {
    }
}
