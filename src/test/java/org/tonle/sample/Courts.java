package org.tonle.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

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
        // filing dates as bare serial numbers, verdict dates typed as text (some in Khmer); columns in
        // another order, Khmer and English in some header cells, an unknown column and a hidden one
        Random look = new Random(172L);
        List<List<Object>> laidOut = new ArrayList<>();
        long defendants = 0;
        long convicted = 0;
        for (List<Object> row : rows) {
            LocalDate filed = (LocalDate) row.get(2);
            LocalDate verdict = (LocalDate) row.get(3);
            Object verdictText = verdict == null ? null : switch (look.nextInt(4)) {
                case 0 -> Immigration.khmerDigits(verdict.format(DateTimeFormatter.ofPattern("dd/MM/uuuu")));
                case 1 -> verdict.format(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH));
                case 2 -> verdict;
                default -> verdict.format(DateTimeFormatter.ofPattern("dd.MM.uuuu"));
            };
            laidOut.add(SampleInbox.list(row.get(0), row.get(1), "Judge " + (char) ('A' + look.nextInt(6)),
                    (int) DateUtil.getExcelDate(filed.atStartOfDay(), false), verdictText, row.get(5), row.get(6),
                    row.get(7), row.get(4), row.get(8), row.get(9), look.nextInt(5) == 0 ? "file incomplete" : null));
            defendants += ((Number) row.get(5)).longValue();
            convicted += row.get(6) == null ? 0 : ((Number) row.get(6)).longValue();
        }
        Workbook wb = SampleInbox.titled(new XSSFWorkbook(), "Cases", List.of("ក្រសួងយុត្តិធម៌ Ministry of Justice",
                        "Criminal cases related to online scam compounds, first quarter 2026"), List.of(),
                List.of("Case No.", "តុលាការ\nCourt", "Judge", "កាលបរិច្ឆេទប្តឹង\nFiling date", "Verdict date",
                        "Defendants", "Convicted", "Defendant nationalities", "Charges", "ស្ថានភាព\nStatus",
                        "Max sentence (years)", "Clerk's note"), laidOut,
                SampleInbox.list("Total", null, null, null, null, new SampleInbox.Formula("SUM(F5:F41)", defendants),
                        new SampleInbox.Formula("SUM(G5:G41)", convicted)));
        wb.getSheetAt(0).setColumnHidden(11, true);
        SampleInbox.save(wb,
                dir.resolve("courts_2026_Q1.xlsx"));
    }
}
