package org.tonle.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** One quarter of criminal cases: 37 cases, 172 people convicted, as the ministry reported. */
final class Courts {

    private static final List<String> COURTS = List.of("Phnom Penh Municipal Court",
            "Preah Sihanouk Provincial Court", "Svay Rieng Provincial Court", "Banteay Meanchey Provincial Court");
    private static final List<String> CHARGES = List.of("Fraud", "Fraud; Illegal confinement",
            "Human trafficking; Fraud", "Money laundering", "Organised crime; Fraud", "Illegal gambling; Fraud");

    private Courts() {
    }

    static void write(Path dir, Random random) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        int convictedLeft = 172;
        for (int i = 0; i < 37; i++) {
            String court = COURTS.get(i % COURTS.size());
            LocalDate filed = LocalDate.of(2025, 7, 1).plusDays(random.nextInt(240));
            int defendants = 2 + random.nextInt(14);
            boolean decided = i < 30;
            int convicted = 0;
            String status = "Pending";
            if (decided) {
                convicted = i == 29 ? Math.min(convictedLeft, defendants + convictedLeft) : Math.min(defendants,
                        Math.min(convictedLeft, 1 + random.nextInt(defendants)));
                if (i == 29) {
                    defendants = Math.max(defendants, convicted);
                }
                convictedLeft -= convicted;
                status = convicted > 0 ? (random.nextInt(6) == 0 ? "Appeal" : "Convicted") : "Acquitted";
            }
            LocalDate verdict = decided ? filed.plusDays(20 + random.nextInt(60)) : null;
            if (verdict != null && verdict.isAfter(LocalDate.of(2026, 3, 31))) {
                verdict = LocalDate.of(2026, 3, 31);
            }
            int china = defendants * 2 / 3;
            String nationalities = switch (i % 3) {
                case 0 -> "China (" + china + "); Vietnam (" + (defendants - china) + ")";
                case 1 -> "CHN:" + china + ", IDN:" + (defendants - china);
                default -> "China";
            };
            rows.add(SampleInbox.list((i + 1) + "/2026", court, filed, verdict, SampleInbox.pick(random, CHARGES),
                    defendants, decided ? convicted : null, nationalities, status,
                    decided && convicted > 0 ? (double) (5 + random.nextInt(4) * 5) : null));
        }
        SampleInbox.save(SampleInbox.titled("Cases", List.of("Ministry of Justice",
                        "Criminal cases related to online scam compounds, first quarter 2026"),
                List.of("Case No.", "Court", "Filing date", "Verdict date", "Charges", "Defendants", "Convicted",
                        "Defendant nationalities", "Status", "Max sentence (years)"), rows, null),
                dir.resolve("courts_2026_Q1.xlsx"));
    }
}
