package org.tonle.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the benchmark's input: a police CSV of N rows and an immigration register of M rows, in the
 * ministries' formats with the variety real files have (nationality as ISO2, ISO3, English and Khmer
 * names, a few typing mistakes; three date forms; thousands separators; quoted remarks with commas,
 * quotes and the odd line break; one unmappable nationality in 5,000 rows, held back by design).
 * Deterministic (seeded). Run by bench/run.sh:
 * {@code java -cp target/test-classes:target/classes:DEPS org.tonle.bench.BenchData OUT N M}
 * which writes OUT/police/police-bench.csv and OUT/immigration/immigration-bench.xlsx (M = 0: none).
 */
public final class BenchData {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);
    private static final int DAYS = 365;

    /** Written forms per nationality: ISO3, ISO2, English, Khmer (where the reference has one). */
    private static final String[][] NATIONALITIES = {
        {"CHN", "CN", "China", "ចិន", "People's Republic of China", "chinese"},
        {"VNM", "VN", "Vietnam", "វៀតណាម", "Viet Nam"},
        {"MMR", "MM", "Myanmar", "មីយ៉ាន់ម៉ា", "Burma", "Burmese"},
        {"KOR", "KR", "South Korea", "Republic of Korea", "Korea, Rep."},
        {"IDN", "ID", "Indonesia", "ឥណ្ឌូណេស៊ី"},
        {"THA", "TH", "Thailand", "ថៃ", "Thai"},
        {"PHL", "PH", "Philippines", "ហ្វ៊ីលីពីន", "Filipino"},
        {"MYS", "MY", "Malaysia", "ម៉ាឡេស៊ី"},
        {"LAO", "LA", "Laos", "ឡាវ", "Lao PDR"},
        {"IND", "IN", "India", "ឥណ្ឌា"},
        {"BGD", "BD", "Bangladesh"},
        {"PAK", "PK", "Pakistan"},
        {"JPN", "JP", "Japan"},
        {"TWN", "TW", "Taiwan"},
        {"NPL", "NP", "Nepal"},
        {"LKA", "LK", "Sri Lanka"},
        {"UZB", "UZ", "Uzbekistan"},
        {"NGA", "NG", "Nigeria"},
        {"KEN", "KE", "Kenya"},
        {"TUR", "TR", "Türkiye", "Turkey"},
        {"RUS", "RU", "Russia"},
        {"USA", "US", "United States"},
        {"GBR", "GB", "United Kingdom"},
    };
    private static final String[] TYPOS = {"Vietnm", "Indonesai", "Phillipines", "Malasia", "Thiland"};
    private static final String UNMAPPABLE = "Atlantis";
    private static final String[] PROVINCES = {"Phnom Penh", "Preah Sihanouk", "Svay Rieng", "Banteay Meanchey",
        "Kampot", "Koh Kong", "Pursat", "Takeo", "ភ្នំពេញ", "ព្រះសីហនុ", "ស្វាយរៀង", "Siem Reap", "Kandal"};
    private static final String[] REMARKS = {
        "Raid on compound, %d victims referred to MoSVY",
        "Joint operation with Immigration, phones and laptops seized",
        "Suspects held at \"\"K-Park\"\" building, Sihanoukville",
        "Tip-off from embassy; follow-up planned",
        "Building 5, floor 3 — passports confiscated by employer, returned",
        "Victims moved to shelter,\nstatements taken next day",
        "Operation ended without incident"};

    private BenchData() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        long police = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        int immigration = args.length > 2 ? Integer.parseInt(args[2]) : 200_000;
        if (police > 0) {
            Files.createDirectories(out.resolve("police"));
            police(out.resolve("police/police-bench.csv"), police, new Random(20260123L));
        }
        if (immigration > 0) {
            Files.createDirectories(out.resolve("immigration"));
            immigration(out.resolve("immigration/immigration-bench.xlsx"), immigration, new Random(20250707L));
        }
    }

    static String nationality(Random r, boolean typos) {
        int n = r.nextInt(100);
        if (typos && n == 0 && r.nextInt(50) == 0) {
            return UNMAPPABLE;   // 1 in 5,000: held back with its reason
        }
        if (typos && n == 1) {
            return TYPOS[r.nextInt(TYPOS.length)];
        }
        // the region's nationalities dominate
        String[] forms = NATIONALITIES[r.nextInt(4) == 0 ? r.nextInt(NATIONALITIES.length) : r.nextInt(10)];
        String form = forms[r.nextInt(forms.length)];
        return switch (r.nextInt(10)) {
            case 0 -> form.toLowerCase(Locale.ROOT);
            case 1 -> " " + form + " ";
            default -> form;
        };
    }

    static String date(Random r, LocalDate d) {
        return switch (r.nextInt(3)) {
            case 0 -> d.format(DMY);
            case 1 -> d.toString();
            default -> d.format(TEXT);
        };
    }

    static void police(Path file, long rows, Random r) throws IOException {
        long suspects = 0;
        long female = 0;
        long rescued = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("operation_id,operation_date,province,nationality,suspects_arrested,of_which_female,"
                    + "victims_rescued,remarks\r\n");
            long op = 0;
            int perOp = 0;
            LocalDate day = FIRST;
            String province = PROVINCES[0];
            for (long i = 0; i < rows; i++) {
                if (perOp == 0) {
                    op++;
                    perOp = 1 + r.nextInt(3);
                    day = FIRST.plusDays(r.nextInt(DAYS));
                    province = PROVINCES[r.nextInt(PROVINCES.length)];
                }
                perOp--;
                int s = r.nextInt(100) == 0 ? 1000 + r.nextInt(3000) : 1 + r.nextInt(60);
                int f = r.nextInt(s / 3 + 1);
                int v = r.nextInt(4) == 0 ? r.nextInt(20) : 0;
                suspects += s;
                female += f;
                rescued += v;
                String remark = r.nextInt(5) < 2 ? "" : REMARKS[r.nextInt(REMARKS.length)];
                if (remark.contains("%d")) {
                    remark = remark.formatted(v);
                }
                w.write(String.format(Locale.ROOT, "OP-%d-%06d", day.getYear(), op));
                w.write(',');
                w.write(date(r, day));
                w.write(',');
                w.write(province);
                w.write(',');
                String nat = nationality(r, true);
                w.write(nat.contains(",") ? "\"" + nat + "\"" : nat);
                w.write(',');
                w.write(s >= 1000 ? String.format(Locale.ROOT, "\"%,d\"", s) : Integer.toString(s));
                w.write(',');
                w.write(Integer.toString(f));
                w.write(',');
                w.write(v == 0 && r.nextBoolean() ? "" : Integer.toString(v));
                w.write(',');
                if (!remark.isEmpty()) {
                    w.write('"');
                    w.write(remark);
                    w.write('"');
                }
                w.write("\r\n");
            }
            w.write("TOTAL,,,," + suspects + "," + female + "," + rescued + ",\r\n");
        }
    }

    static void immigration(Path file, int rows, Random r) throws IOException {
        String[] given = {"Min-jun", "Seo-yeon", "Aung", "Kyaw", "Wei", "Fang", "Anh", "Minh", "Budi", "Siti", "Jose",
            "Maria", "Somchai", "Ploy", "Thida", "Hao"};
        String[] family = {"Kim", "Lee", "Park", "Win", "Oo", "Wang", "Zhang", "Nguyen", "Tran", "Santoso", "Santos",
            "Reyes", "Saetang", "Htun", "Chen", "Liu"};
        String[] exits = {"Techo International Airport", "Phnom Penh International Airport", "Bavet", "Poipet"};
        Map<String, int[]> summary = new LinkedHashMap<>();
        // SXSSF with a shared strings table, as Excel writes it; 100 rows kept in memory
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, true, true)) {
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = wb.createSheet("Register");
            String[] titles = {"KINGDOM OF CAMBODIA — Nation Religion King", "Ministry of Interior",
                "General Department of Immigration", "Register of foreigners deported",
                "Period: 01/01/2025 - 31/12/2025"};
            String[] headers = {"No.", "Full name", "Sex", "Date of birth", "Nationality", "Passport No.",
                "Date of arrest", "Date of deportation", "Exit point", "Status", "Case ref."};
            int rn = 0;
            for (String t : titles) {
                sheet.createRow(rn).createCell(0).setCellValue(t);
                sheet.addMergedRegion(new CellRangeAddress(rn, rn, 0, headers.length - 1));
                rn++;
            }
            rn++;
            Row header = sheet.createRow(rn++);
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            for (int i = 0; i < rows; i++) {
                String[] forms = NATIONALITIES[r.nextInt(4) == 0 ? r.nextInt(NATIONALITIES.length) : r.nextInt(10)];
                String written = forms[r.nextInt(forms.length)];
                boolean male = r.nextInt(10) < 7;
                LocalDate deported = FIRST.plusDays(r.nextInt(DAYS));
                LocalDate arrested = deported.minusDays(3 + r.nextInt(90));
                LocalDate birth = LocalDate.of(1965 + r.nextInt(40), 1 + r.nextInt(12), 1 + r.nextInt(28));
                int s = r.nextInt(10);
                String status = s < 7 ? "Suspect" : s < 9 ? "Victim" : "Suspect/Victim";
                Row row = sheet.createRow(rn++);
                row.createCell(0).setCellValue(i + 1);
                row.createCell(1).setCellValue(family[r.nextInt(family.length)] + " " + given[r.nextInt(given.length)]);
                row.createCell(2).setCellValue(male ? (r.nextBoolean() ? "M" : "Male") : (r.nextBoolean() ? "F" : "Female"));
                if (r.nextInt(10) == 0) {
                    row.createCell(3).setCellValue(String.valueOf(birth.getYear()));
                } else {
                    dateCell(row, 3, birth, dateStyle);
                }
                row.createCell(4).setCellValue(written);
                row.createCell(5).setCellValue(r.nextInt(15) == 0 ? "N/A"
                        : forms[1] + String.format(Locale.ROOT, "%07d", r.nextInt(10_000_000)));
                if (r.nextInt(3) == 0) {
                    row.createCell(6).setCellValue(date(r, arrested));   // text dates too
                } else {
                    dateCell(row, 6, arrested, dateStyle);
                }
                dateCell(row, 7, deported, dateStyle);
                row.createCell(8).setCellValue(exits[r.nextInt(exits.length)]);
                row.createCell(9).setCellValue(status);
                if (!status.equals("Victim")) {
                    row.createCell(10).setCellValue("PP-" + arrested.getYear() + "-" + (100 + r.nextInt(900)));
                }
                int[] counts = summary.computeIfAbsent(forms[2], k -> new int[2]);
                counts[male ? 0 : 1]++;
            }
            Row total = sheet.createRow(rn++);
            total.createCell(0).setCellValue("Total");
            total.createCell(1).setCellValue(rows);
            sheet.createRow(rn + 1).createCell(1).setCellValue("Prepared by: ............  Approved by: ............");

            Sheet sum = wb.createSheet("Summary");
            int sr = 0;
            Row h = sum.createRow(sr++);
            String[] sh = {"Nationality", "Male", "Female", "Total"};
            for (int c = 0; c < sh.length; c++) {
                h.createCell(c).setCellValue(sh[c]);
            }
            int m = 0;
            int f = 0;
            for (Map.Entry<String, int[]> e : summary.entrySet()) {
                Row row = sum.createRow(sr++);
                row.createCell(0).setCellValue(e.getKey());
                row.createCell(1).setCellValue(e.getValue()[0]);
                row.createCell(2).setCellValue(e.getValue()[1]);
                row.createCell(3).setCellValue(e.getValue()[0] + e.getValue()[1]);
                m += e.getValue()[0];
                f += e.getValue()[1];
            }
            Row t = sum.createRow(sr);
            t.createCell(0).setCellValue("Total");
            t.createCell(1).setCellValue(m);
            t.createCell(2).setCellValue(f);
            t.createCell(3).setCellValue(m + f);
            try (OutputStream os = Files.newOutputStream(file)) {
                wb.write(os);
            }
        }
    }

    private static void dateCell(Row row, int col, LocalDate date, CellStyle style) {
        var cell = row.createCell(col);
        cell.setCellValue(date);
        cell.setCellStyle(style);
    }
}
