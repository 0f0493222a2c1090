package org.tonle.feed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A position in a parsed YAML document that knows its own path, so every error names file and key. */
record YamlNode(String file, String path, Object value) {

    FeedDefinitionException error(String problem) {
        return new FeedDefinitionException(file + ": " + (path.isEmpty() ? "" : path + ": ") + problem);
    }

    YamlNode get(String key) {
        if (!(value instanceof Map<?, ?> map)) {
            throw error("expected a mapping");
        }
        return new YamlNode(file, path.isEmpty() ? key : path + "." + key, map.get(key));
    }

    boolean present() {
        return value != null;
    }

    String text() {
        if (value == null) {
            throw error("is required");
        }
        if (value instanceof Map || value instanceof List) {
            throw error("expected a single value");
        }
        return String.valueOf(value);
    }

    String textOr(String fallback) {
        return value == null ? fallback : text();
    }

    boolean flag(boolean fallback) {
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        throw error("expected true or false");
    }

    List<YamlNode> list() {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            return List.of(this);
        }
        List<YamlNode> nodes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            nodes.add(new YamlNode(file, path + "[" + i + "]", items.get(i)));
        }
        return nodes;
    }

    List<String> texts() {
        return list().stream().map(YamlNode::text).toList();
    }

    Map<String, YamlNode> entries() {
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        if (value == null) {
            return entries;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw error("expected a mapping");
        }
        map.forEach((k, v) -> entries.put(String.valueOf(k), new YamlNode(file, path + "." + k, v)));
        return entries;
    }

    void allowOnly(String... keys) {
        List<String> allowed = List.of(keys);
        for (String key : entries().keySet()) {
            if (!allowed.contains(key)) {
                throw new FeedDefinitionException(file + ": " + (path.isEmpty() ? "" : path + ".") + key
                        + ": unknown key; allowed here: " + String.join(", ", allowed));
            }
        }
    }
}
