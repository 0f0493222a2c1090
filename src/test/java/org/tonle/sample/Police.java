package org.tonle.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Arrests in operations, one CSV a month: January 2026 (reconciled) and February (one row held back). */
final class Police {

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> PROVINCES = List.of("Phnom Penh", "Preah Sihanouk", "Svay Rieng",
            "Banteay Meanchey", "Kampot", "Koh Kong", "Pursat", "Takeo");
    private static final String[][] NATIONALITIES = {{"China", "CHN"}, {"CHN", "CHN"}, {"Vietnam", "VNM"},
            {"Indonesia", "IDN"}, {"KOR", "KOR"}, {"Myanmar", "MMR"}, {"Thailand", "THA"}, {"Philippines", "PHL"},
            {"Malaysia", "MYS"}, {"Laos", "LAO"}, {"Bangladesh", "BGD"}, {"India", "IND"}};
    private static final String HEADER = "operation_id,operation_date,province,nationality,suspects_arrested,"
            + "of_which_female,victims_rescued,remarks";

    private Police() {
    }

    static void write(Path dir, Random random) throws IOException {
        // January: UTF-8 with a BOM, semicolons (a French-locale Excel), remarks over several lines, a blank
        // line, dates and nationalities written many ways, a signature after the TOTAL row
        List<String> jan = month(random, 2026, 1, 14, 101, true, null, ";");
        jan.add(9, "");
        jan.add("Prepared by: Anti-Human Trafficking Department;;;;;;;");
        jan.add("Note: figures as of 31/01/2026 17:00;;;;;;;");
        SampleInbox.csv(dir.resolve("police_arrests_2026-01.csv"), jan, StandardCharsets.UTF_8, true);
        // February: Excel's "Unicode text" export, UTF-16LE with a BOM and tabs; some counts in Khmer digits
        SampleInbox.csv(dir.resolve("arrests feb 2026.csv"), month(random, 2026, 2, 6, 301, false, "Nigera", "\t"),
                StandardCharsets.UTF_16LE, true);
    }

    /** How things are written: its own stream, so the figures stay those of the seeded story. */
    private static final Random LOOK = new Random(825L);
    private static final Map<String, List<String>> ALSO_WRITTEN = Map.of(
            "China", List.of("China", "中国", "Chinese", "ជនជាតិចិន", "Trung Quốc"),
            "CHN", List.of("CHN", "ＣＨＮ", "chn"),
            "Vietnam", List.of("Vietnam", "Việt Nam", "Vietnamese", "ជនជាតិវៀតណាម"),
            "Thailand", List.of("Thailand", "ไทย", "ថៃ", "\u00A0Thailand\u00A0"),
            "KOR", List.of("KOR", "대한민국", "South Korea"),
            "Myanmar", List.of("Myanmar", "Burma", "緬甸"),
            "Philippines", List.of("Philippines", "Filipino"),
            "Laos", List.of("Laos", "Lao PDR"),
            "Indonesia", List.of("Indonesia", "Indonesian"));
    private static final List<String> DATE_FORMS = List.of("dd/MM/uuuu", "dd-MM-uuuu", "dd.MM.uuuu", "uuuu-MM-dd",
            "d MMMM uuuu", "dd-MMM-yy", "MMM d, uuuu", "khmer digits", "khmer month");

    private static List<String> month(Random random, int year, int month, int operations, int firstId, boolean jan,
                                      String badNationality, String sep) {
        List<String> lines = new ArrayList<>(List.of(HEADER.replace(",", sep)));
        long suspects = 0;
        long female = 0;
        long rescued = 0;
        for (int op = 0; op < operations; op++) {
            String id = String.format("OP-%d-%04d", year, firstId + op);
            LocalDate date = LocalDate.of(year, month, 2 + random.nextInt(26));
            String province = SampleInbox.pick(random, PROVINCES);
            Set<Integer> nats = new LinkedHashSet<>();
            int count = 1 + random.nextInt(3);
            while (nats.size() < count) {
                nats.add(random.nextInt(NATIONALITIES.length));
            }
            for (int n : nats) {
                int s = 1 + random.nextInt(60);
                int f = random.nextInt(s / 3 + 1);
                int v = random.nextInt(4) == 0 ? random.nextInt(20) : 0;
                String written = NATIONALITIES[n][0];
                if (badNationality != null && op == 2 && n == nats.iterator().next()) {
                    written = badNationality;
                } else if (jan) {
                    Figures.ARRESTED_JAN.merge(NATIONALITIES[n][1], s, Integer::sum);
                    Figures.RESCUED_JAN.merge(NATIONALITIES[n][1], v, Integer::sum);
                }
                String day = date.format(DAY_FIRST);
                String place = province;
                List<String> counts = List.of(String.valueOf(s), String.valueOf(f), String.valueOf(v));
                String remarks = v > 0 ? "\"Raid on compound, " + v + " victims referred to MoSVY\"" : "";
                if (jan) {
                    String form = DATE_FORMS.get(LOOK.nextInt(DATE_FORMS.size()));
                    day = switch (form) {
                        case "khmer digits" -> Immigration.khmerDigits(day);
                        case "khmer month" -> Immigration.khmerDigits(date.getDayOfMonth() + " "
                                + Immigration.KHMER_MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear());
                        default -> date.format(DateTimeFormatter.ofPattern(form, Locale.ENGLISH));
                    };
                    day = day.contains(",") || day.contains(sep) ? "\"" + day + "\"" : day;
                    List<String> forms = ALSO_WRITTEN.get(written);
                    written = forms == null ? written : forms.get(LOOK.nextInt(forms.size()));
                    place = switch (LOOK.nextInt(6)) {
                        case 0 -> "\u00A0" + province + " ";
                        case 1 -> province + "\u200B";
                        case 2 -> province.equals("Phnom Penh") ? "Ｐｈｎｏｍ Ｐｅｎｈ" : province;
                        default -> province;
                    };
                    if (v > 0) {
                        remarks = "\"Raid on the \"\"Golden Fortune\"\" compound; " + v
                                + " victims referred to MoSVY\r\nFollow-up: case file sent to the court\"";
                    }
                } else if (sep.equals("\t") && op != 2 && LOOK.nextBoolean()) {
                    counts = counts.stream().map(Immigration::khmerDigits).toList();
                }
                lines.add(String.join(sep, id, day, place, written, counts.get(0), counts.get(1), counts.get(2),
                        remarks));
                suspects += s;
                female += f;
                rescued += v;
            }
        }
        lines.add(String.join(sep, "TOTAL", "", "", "", String.valueOf(suspects), String.valueOf(female),
                String.valueOf(rescued), ""));
        return lines;
    }
}
