package org.tonle.reconcile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the raw_record JSON of a held-back row (header text → cell as found). */
public final class RawRecordJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RawRecordJson() {
    }

    public static Map<String, String> parse(String json) {
        try {
            Map<String, String> map = new LinkedHashMap<>();
            JSON.readTree(json).properties().forEach(e -> map.put(e.getKey(), e.getValue().asText()));
            return map;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("raw record is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
