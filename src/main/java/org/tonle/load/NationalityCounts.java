package org.tonle.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tonle.normalise.NationalityResolver;
import org.tonle.normalise.Resolution;
import org.tonle.normalise.TextFolding;

/** "China (12); Vietnam (3)", "CHN:12, VNM:3", or one nationality with no count (all defendants). */
final class NationalityCounts {

    private static final Pattern PARENS = Pattern.compile("^(.+?)\\s*\\(\\s*(\\d+)\\s*\\)$");
    private static final Pattern COLON = Pattern.compile("^(.+?)\\s*[:=]\\s*(\\d+)$");

    private NationalityCounts() {
    }

    /** @param total the row's defendants, used when a single nationality has no count */
    static Resolution<List<StagedRow.NationalityCount>> parse(String raw, Long total, NationalityResolver resolver) {
        String text = TextFolding.latinDigits(TextFolding.fold(raw));
        String[] parts = text.split("\\s*[;,]\\s*");
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String part : parts) {
            if (part.isBlank()) {
                continue;
            }
            String name = part;
            Long count = null;
            Matcher m = PARENS.matcher(part);
            Matcher c = COLON.matcher(part);
            if (m.matches()) {
                name = m.group(1);
                count = Long.parseLong(m.group(2));
            } else if (c.matches()) {
                name = c.group(1);
                count = Long.parseLong(c.group(2));
            } else if (parts.length == 1 && total != null) {
                count = total;
            } else {
                return Resolution.heldBack("'" + part + "' has no count; write it as 'Nationality (count)'");
            }
            Resolution<String> iso3 = resolver.resolve(name);
            if (!iso3.ok()) {
                return Resolution.heldBack(iso3.reason());
            }
            counts.merge(iso3.value(), count, Long::sum);
        }
        if (counts.isEmpty()) {
            return Resolution.heldBack("no nationality given");
        }
        long sum = counts.values().stream().mapToLong(Long::longValue).sum();
        if (total != null && sum != total) {
            return Resolution.heldBack("the counts add up to " + sum + ", not to the " + total + " defendants");
        }
        List<StagedRow.NationalityCount> list = new ArrayList<>();
        counts.forEach((code, n) -> list.add(new StagedRow.NationalityCount(code, n)));
        return Resolution.of(list);
    }
}
