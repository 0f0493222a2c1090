package org.tonle.normalise;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Writes config/reference/nationality-names.csv from the JDK's CLDR country names.
 *
 * <p>Run by hand, never at load time: CLDR renames countries between releases (JDK 17 says
 * "Turkey" / 터키, newer ones "Türkiye" / 튀르키예), and a nightly load must not change its
 * mapping because the server got a JDK update. The committed file was produced with JDK 17.0.15;
 * names that newer CLDR releases use belong in nationality-extra.csv.
 *
 * <pre>mvn -q -o compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:$(cat target/cp.txt) org.tonle.normalise.NationalityTableGenerator [config/reference]</pre>
 *
 * <p>Re-running it is safe: the output is sorted and depends only on countries.csv and the JDK.
 * Review the diff before committing it: a renamed country can create a new collision, which
 * NationalityTablesTest reports.
 */
public final class NationalityTableGenerator {

    /** The languages of the region and of the people found in the compounds (see ministry-feeds.md). */
    static final List<String> LANGUAGES =
            List.of("en", "km", "th", "vi", "zh-CN", "zh-TW", "ko", "my", "lo", "ja", "id", "ms");

    private static final Pattern BRACKETED = Pattern.compile("(.+?)\\s*[(（](.+)[)）]");

    private NationalityTableGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "config/reference");
        Map<String, String> iso2ToIso3 = readIso2(dir.resolve("countries.csv"));
        // value + iso3 -> languages, so a name shared by several languages is one row
        Map<String, Map<String, String>> rows = new TreeMap<>();
        for (Map.Entry<String, String> country : iso2ToIso3.entrySet()) {
            Locale region = new Locale("", country.getKey());
            for (String tag : LANGUAGES) {
                String name = region.getDisplayCountry(Locale.forLanguageTag(tag)).strip();
                // without a translation the JDK echoes the code, which is not a name
                if (name.isEmpty() || name.equalsIgnoreCase(country.getKey())) {
                    continue;
                }
                Map<String, String> names = rows.computeIfAbsent(country.getValue(), k -> new TreeMap<>());
                names.merge(name, tag, (a, b) -> a + " " + b);
                // files write "Myanmar" or "Burma", not "Myanmar (Burma)"; elsewhere the bracket
                // holds a qualifier (홍콩(중국 특별행정구), 刚果（金）) that is no name on its own
                Matcher parts = BRACKETED.matcher(name);
                if (parts.matches()) {
                    names.merge(parts.group(1).strip(), tag + " part", (a, b) -> a + " " + b);
                    if (country.getValue().equals("MMR")) {
                        names.merge(parts.group(2).strip(), tag + " part", (a, b) -> a + " " + b);
                    }
                }
            }
        }
        Path out = dir.resolve("nationality-names.csv");
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            csv.printRecord("value", "iso3", "source");
            for (Map.Entry<String, Map<String, String>> byCode : rows.entrySet()) {
                for (Map.Entry<String, String> name : byCode.getValue().entrySet()) {
                    csv.printRecord(name.getKey(), byCode.getKey(),
                            "CLDR (JDK " + Runtime.version().feature() + ") " + name.getValue());
                }
            }
        }
        System.out.println("wrote " + out);
    }

    private static Map<String, String> readIso2(Path countries) throws IOException {
        Map<String, String> iso2ToIso3 = new LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(countries, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : NationalityCsv.FORMAT.parse(r)) {
                String iso2 = rec.get("iso2");
                // XK (Kosovo) is user-assigned but CLDR names it; ICAO's XX* rows have no iso2
                if (!iso2.isBlank()) {
                    iso2ToIso3.put(iso2, rec.get("iso3"));
                }
            }
        }
        return iso2ToIso3;
    }
}
