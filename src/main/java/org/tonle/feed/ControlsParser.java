package org.tonle.feed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The controls: section of a feed definition. */
final class ControlsParser {

    private final YamlNode node;
    private final FeedDefinition feed;

    ControlsParser(YamlNode node, FeedDefinition feed) {
        this.node = node;
        this.feed = feed;
    }

    ControlTotals controls() {
        node.allowOnly("markers", "rowFields", "rowCountMeasure", "measures", "summary");
        List<String> markers = node.get("markers").texts().stream()
                .map(m -> m.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim()).toList();
        if (markers.isEmpty()) {
            markers = List.of("total", "grand total", "សរុប");
        }
        Map<String, ControlTotals.Measure> measures = new LinkedHashMap<>();
        node.get("measures").entries().forEach((name, m) -> measures.put(name, measure(m)));
        Map<String, String> rowFields = new LinkedHashMap<>();
        node.get("rowFields").entries().forEach((field, measure) -> {
            FeedParser.knownField(new YamlNode(measure.file(), measure.path(), field), feed);
            rowFields.put(field, knownMeasure(measure, measures));
        });
        String rowCount = node.get("rowCountMeasure").present()
                ? knownMeasure(node.get("rowCountMeasure"), measures) : null;
        return new ControlTotals(markers, rowFields, rowCount, measures, summary(node.get("summary"), measures));
    }

    private ControlTotals.Measure measure(YamlNode m) {
        m.allowOnly("count", "sum", "where");
        String sum = m.get("sum").present() ? FeedParser.knownField(m.get("sum"), feed) : null;
        boolean count = m.get("count").flag(false);
        if (count == (sum != null)) {
            throw m.error("a measure is either count: true or sum: FIELD");
        }
        String whereField = null;
        String whereValue = null;
        Map<String, YamlNode> where = m.get("where").entries();
        if (where.size() > 1) {
            throw m.get("where").error("one condition at most");
        }
        for (Map.Entry<String, YamlNode> e : where.entrySet()) {
            whereField = FeedParser.knownField(new YamlNode(e.getValue().file(), e.getValue().path(), e.getKey()), feed);
            whereValue = e.getValue().text();
        }
        return new ControlTotals.Measure(count ? "rows" : null, sum, whereField, whereValue);
    }

    private static String knownMeasure(YamlNode node, Map<String, ControlTotals.Measure> measures) {
        String name = node.text();
        if (!measures.containsKey(name)) {
            throw node.error("'" + name + "' is not one of the measures: " + measures.keySet());
        }
        return name;
    }

    private static ControlTotals.SummarySheet summary(YamlNode s, Map<String, ControlTotals.Measure> measures) {
        if (!s.present()) {
            return null;
        }
        s.allowOnly("sheet", "nationalityHeaders", "measures");
        Map<String, List<String>> measureHeaders = new LinkedHashMap<>();
        s.get("measures").entries().forEach((name, headers) -> {
            knownMeasure(new YamlNode(headers.file(), headers.path(), name), measures);
            measureHeaders.put(name, headers.texts());
        });
        return new ControlTotals.SummarySheet(s.get("sheet").text(), s.get("nationalityHeaders").texts(),
                measureHeaders);
    }
}
