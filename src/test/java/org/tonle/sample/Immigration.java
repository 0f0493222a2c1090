package org.tonle.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** Deportation registers: 23 Jan 2026 (73 KOR + 136 MMR, with a Summary sheet), 15 Jan, and February. */
final class Immigration {

    static final List<String> HEADERS = List.of("No.", "Full name", "Sex", "Date of birth", "Nationality",
            "Passport No.", "Date of arrest", "Date of deportation", "Exit point", "Status", "Case ref.");

    private record Group(String written, String iso3, int male, int female, String exit, String passportPrefix,
                         List<String> given, List<String> family) {
    }

    private Immigration() {
    }

    static void write(Path dir, Random random) throws IOException {
        LocalDate jan23 = LocalDate.of(2026, 1, 23);
        List<List<Object>> rows = new ArrayList<>();
        Group kor = new Group("Republic of Korea", "KOR", 60, 13, "Techo International Airport", "M",
                List.of("Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yun", "Ji-woo", "Eun-woo", "Su-bin"),
                List.of("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon"));
        Group mmr = new Group("Myanmar", "MMR", 100, 36, "Techo International Airport", "MD",
                List.of("Aung", "Kyaw", "Thida", "Hnin", "Zaw", "Su", "Min", "Ei"),
                List.of("Win", "Oo", "Htun", "Myint", "Aye", "Naing", "Lwin", "Soe"));
        addGroup(rows, kor, jan23, random, List.of("Republic of Korea", "KOR", "South Korea"));
        addGroup(rows, mmr, jan23, random, List.of("Myanmar", "MMR", "Myanmar"));
        Workbook wb = SampleInbox.titled("Register", titles("Deportation date: 23/01/2026"), HEADERS, rows,
                SampleInbox.list("Total", 209));
        Sheet summary = wb.createSheet("Summary");
        String[][] lines = {{"Nationality", "Male", "Female", "Total"}, {"Republic of Korea", "60", "13", "73"},
                {"Myanmar", "100", "36", "136"}, {"Total", "160", "49", "209"}};
        for (int r = 0; r < lines.length; r++) {
            var row = summary.createRow(r);
            for (int c = 0; c < 4; c++) {
                if (r == 0 || c == 0) {
                    row.createCell(c).setCellValue(lines[r][c]);
                } else {
                    row.createCell(c).setCellValue(Integer.parseInt(lines[r][c]));
                }
            }
        }
        SampleInbox.save(wb, dir.resolve("2026-01-23 Deportation register KOR-MMR.xlsx"));

        LocalDate jan15 = LocalDate.of(2026, 1, 15);
        rows = new ArrayList<>();
        addGroup(rows, new Group("China", "CHN", 14, 6, "Techo International Airport", "E",
                List.of("Wei", "Fang", "Jun", "Li", "Hao", "Mei"), List.of("Wang", "Zhang", "Liu", "Chen", "Yang")),
                jan15, random, List.of("China", "CHN", "People's Republic of China"));
        addGroup(rows, new Group("Vietnam", "VNM", 8, 4, "Bavet", "C",
                List.of("Anh", "Minh", "Linh", "Tuan"), List.of("Nguyen", "Tran", "Le", "Pham")),
                jan15, random, List.of("Vietnam", "VNM", "Viet Nam"));
        addGroup(rows, new Group("Thailand", "THA", 5, 3, "Poipet", "AA",
                List.of("Somchai", "Ploy", "Niran", "Malee"), List.of("Saetang", "Srisuk", "Wongsa")),
                jan15, random, List.of("Thailand", "THA"));
        addGroup(rows, new Group("Indonesia", "IDN", 6, 2, "Techo International Airport", "B",
                List.of("Budi", "Siti", "Agus", "Dewi"), List.of("Santoso", "Wijaya", "Hidayat")),
                jan15, random, List.of("Indonesia", "IDN"));
        SampleInbox.save(SampleInbox.titled("Sheet1", titles("Deportation date: 15/01/2026"), HEADERS, rows,
                SampleInbox.list("Total", 48)), dir.resolve("deportation_batch_2026-01-15.xlsx"));

        rows = new ArrayList<>();
        addGroup(rows, new Group("China", "CHN", 12, 6, "Techo International Airport", "E",
                List.of("Wei", "Fang", "Jun", "Li"), List.of("Wang", "Zhao", "Huang", "Zhou")),
                LocalDate.of(2026, 2, 6), random, List.of("China", "CHN"));
        addGroup(rows, new Group("Philippines", "PHL", 7, 5, "Phnom Penh International Airport", "P",
                List.of("Jose", "Maria", "Mark", "Angel"), List.of("Santos", "Reyes", "Cruz", "Bautista")),
                LocalDate.of(2026, 2, 13), random, List.of("Philippines", "PHL"));
        // two rows an operator must look at: an ambiguous nationality and a date that does not exist
        rows.get(4).set(4, "Korea");
        rows.get(20).set(7, "31/02/2026");
        SampleInbox.save(SampleInbox.titled("Register", titles("Period: 01/02/2026 - 28/02/2026"), HEADERS, rows,
                SampleInbox.list("Total", 30)), dir.resolve("register feb 2026 batch 1.xlsx"));
    }

    private static List<String> titles(String periodLine) {
        return List.of("KINGDOM OF CAMBODIA — Nation Religion King", "Ministry of Interior",
                "General Department of Immigration", "Register of foreigners deported", periodLine);
    }

    private static void addGroup(List<List<Object>> rows, Group g, LocalDate deported, Random random,
                                 List<String> writtenForms) {
        for (int i = 0; i < g.male() + g.female(); i++) {
            boolean male = i < g.male();
            String name = SampleInbox.pick(random, g.family()) + " " + SampleInbox.pick(random, g.given());
            LocalDate birth = LocalDate.of(1975 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
            Object dob = random.nextInt(10) == 0 ? String.valueOf(birth.getYear()) : birth;
            String passport = random.nextInt(15) == 0 ? "N/A"
                    : g.passportPrefix() + String.format("%07d", random.nextInt(10_000_000));
            LocalDate arrested = deported.minusDays(3 + random.nextInt(90));
            int s = random.nextInt(10);
            String status = s < 7 ? "Suspect" : s < 9 ? "Victim" : "Suspect/Victim";
            String caseRef = status.equals("Victim") ? null : "PP-" + arrested.getYear() + "-" + (100 + random.nextInt(900));
            rows.add(SampleInbox.list(rows.size() + 1, name, male ? (random.nextBoolean() ? "M" : "Male")
                            : (random.nextBoolean() ? "F" : "Female"), dob,
                    writtenForms.get(random.nextInt(writtenForms.size())), passport, arrested, deported, g.exit(),
                    status, caseRef));
        }
        if (deported.getMonthValue() == 1) {
            Figures.DEPORTED_JAN.merge(g.iso3(), g.male() + g.female(), Integer::sum);
        }
    }
}
