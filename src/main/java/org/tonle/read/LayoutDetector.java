package org.tonle.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the header row among the first rows of a sheet by its English text. Title rows above it
 * are kept as text; a Khmer header row directly above the English one is simply a title row.
 */
public final class LayoutDetector {

    /** How far down a header is looked for. */
    public static final int MAX_TITLE_ROWS = 40;

    private final Map<String, List<String>> fieldHeaders;
    private final Map<String, List<String>> headerTexts;
    private final Set<String> required;

    /** @param fieldHeaders field → accepted header texts; @param required fields that must be present */
    public LayoutDetector(Map<String, List<String>> fieldHeaders, Set<String> required) {
        this.headerTexts = fieldHeaders;
        this.fieldHeaders = new LinkedHashMap<>();
        fieldHeaders.forEach((field, texts) -> this.fieldHeaders.put(field, texts.stream().map(HeaderKey::of).toList()));
        this.required = required;
    }

    /** @param firstRows the rows of the sheet up to {@link #MAX_TITLE_ROWS}, in order */
    public SheetLayout detect(List<RawRow> firstRows, String where) throws LayoutException {
        int best = -1;
        Map<String, Integer> bestColumns = Map.of();
        for (int i = 0; i < firstRows.size(); i++) {
            Map<String, Integer> columns = match(firstRows.get(i));
            if (columns.size() > bestColumns.size()) {
                best = i;
                bestColumns = columns;
            }
        }
        int needed = Math.min(2, fieldHeaders.size());
        if (best < 0 || bestColumns.size() < needed) {
            throw new LayoutException(where + ": no header row found in the first " + MAX_TITLE_ROWS
                    + " rows; expected columns such as " + expected(fieldHeaders.keySet()));
        }
        RawRow header = firstRows.get(best);
        Set<String> missing = new TreeSet<>(required);
        missing.removeAll(bestColumns.keySet());
        if (!missing.isEmpty()) {
            throw new LayoutException(where + ", header row " + header.rowNumber() + ": required column"
                    + (missing.size() > 1 ? "s " : " ") + expected(missing) + " not found");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        bestColumns.forEach((field, col) -> headers.put(field, header.cell(col).display().replaceAll("\\s*\\R\\s*", " ").strip()));
        List<String> titles = new ArrayList<>();
        for (RawRow row : firstRows.subList(0, best)) {
            List<String> texts = row.cells().stream().filter(c -> !c.isBlank()).map(Cell::display).toList();
            if (!texts.isEmpty()) {
                titles.add(String.join(" ", texts));
            }
        }
        return new SheetLayout(header.rowNumber(), bestColumns, headers, titles);
    }

    private Map<String, Integer> match(RawRow row) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int col = 0; col < row.cells().size(); col++) {
            Cell cell = row.cell(col);
            if (cell.kind() != Cell.Kind.TEXT) {
                continue;
            }
            List<String> keys = HeaderKey.ofCell(cell.text());
            for (Map.Entry<String, List<String>> field : fieldHeaders.entrySet()) {
                if (!columns.containsKey(field.getKey()) && keys.stream().anyMatch(field.getValue()::contains)) {
                    columns.put(field.getKey(), col);
                    break;
                }
            }
        }
        return columns;
    }

    private String expected(Set<String> fields) {
        List<String> names = new ArrayList<>();
        for (String field : fields) {
            names.add("'" + headerTexts.get(field).get(0) + "'");
        }
        return String.join(", ", names);
    }
}
