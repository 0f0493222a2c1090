package org.tonle.reconcile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tonle.feed.FieldDefinition;
import org.tonle.read.HeaderKey;

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

    /** The cell of a raw record under one of the field's headers (compared as header keys), or null. */
    public static String cell(Map<String, String> raw, FieldDefinition field) {
        List<String> wanted = field.headers().stream().map(HeaderKey::of).toList();
        for (Map.Entry<String, String> e : raw.entrySet()) {
            if (HeaderKey.ofCell(e.getKey()).stream().anyMatch(wanted::contains)) {
                return e.getValue();
            }
        }
        return null;
    }
}
