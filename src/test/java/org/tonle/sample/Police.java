package org.tonle.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
        SampleInbox.csv(dir.resolve("police_arrests_2026-01.csv"), month(random, 2026, 1, 14, 101, true, null));
        SampleInbox.csv(dir.resolve("arrests feb 2026.csv"), month(random, 2026, 2, 6, 301, false, "Nigera"));
    }

    private static List<String> month(Random random, int year, int month, int operations, int firstId, boolean jan,
                                      String badNationality) {
        List<String> lines = new ArrayList<>(List.of(HEADER));
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
                String remarks = v > 0 ? "\"Raid on compound, " + v + " victims referred to MoSVY\"" : "";
                lines.add(String.join(",", id, date.format(DAY_FIRST), province, written, String.valueOf(s),
                        String.valueOf(f), String.valueOf(v), remarks));
                suspects += s;
                female += f;
                rescued += v;
            }
        }
        lines.add("TOTAL,,,," + suspects + "," + female + "," + rescued + ",");
        return lines;
    }
}
