package org.tonle.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

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
        addGroup(rows, kor, jan23, random, List.of("Republic of Korea", "KOR", "South Korea"),
                List.of("Republic of Korea", "KOR", "South Korea", "대한민국", "한국", "South Korean", "កូរ៉េខាងត្បូង"));
        addGroup(rows, mmr, jan23, random, List.of("Myanmar", "MMR", "Myanmar"),
                List.of("Myanmar", "MMR", "Burmese", "មីយ៉ាន់ម៉ា", "缅甸", "พม่า", "Miến Điện"));
        // arrest dates as bare serial numbers (a column pasted without its format); an unknown column
        // and a hidden one at the end
        for (List<Object> row : rows) {
            row.set(6, (int) DateUtil.getExcelDate(((LocalDate) row.get(6)).atStartOfDay(), false));
            int n = (Integer) row.get(0);
            row.add(n % 25 == 0 ? "via embassy" : null);
            row.add(n % 10 == 0 ? "checked" : null);
        }
        List<String> headers = new ArrayList<>(HEADERS);
        headers.set(2, "ភេទ\nSex");
        headers.set(4, "សញ្ជាតិ\nNationality");
        headers.addAll(List.of("Contact", "Internal note"));
        Workbook wb = SampleInbox.titled(new XSSFWorkbook(), "Register", titles("Deportation date: 23/01/2026"),
                List.of(), headers, rows, SampleInbox.list("Total", new SampleInbox.Formula("COUNTA(B8:B216)", 209)));
        wb.getSheetAt(0).setColumnHidden(12, true);
        Sheet summary = wb.createSheet("Summary");
        Object[][] lines = {{"Nationality", "Male", "Female", "Total"},
                {"Republic of Korea", 60, 13, new SampleInbox.Formula("B2+C2", 73)},
                {"Myanmar", 100, 36, new SampleInbox.Formula("B3+C3", 136)},
                {"Total", new SampleInbox.Formula("SUM(B2:B3)", 160), new SampleInbox.Formula("SUM(C2:C3)", 49),
                        new SampleInbox.Formula("SUM(D2:D3)", 209)}};
        CellStyle none = wb.createCellStyle();
        for (int r = 0; r < lines.length; r++) {
            SampleInbox.put(summary.createRow(r), SampleInbox.list(lines[r]), none);
        }
        SampleInbox.save(wb, dir.resolve("2026-01-23 Deportation register KOR-MMR.xlsx"));

        LocalDate jan15 = LocalDate.of(2026, 1, 15);
        rows = new ArrayList<>();
        addGroup(rows, new Group("China", "CHN", 14, 6, "Techo International Airport", "E",
                List.of("Wei", "Fang", "Jun", "Li", "Hao", "Mei"), List.of("Wang", "Zhang", "Liu", "Chen", "Yang")),
                jan15, random, List.of("China", "CHN", "People's Republic of China"),
                List.of("China", "中国", "中國", "Chinese", "ＣＨＮ", "ជនជាតិចិន", "China\u00A0", "Trung Quốc"));
        addGroup(rows, new Group("Vietnam", "VNM", 8, 4, "Bavet", "C",
                List.of("Anh", "Minh", "Linh", "Tuan"), List.of("Nguyen", "Tran", "Le", "Pham")),
                jan15, random, List.of("Vietnam", "VNM", "Viet Nam"),
                List.of("Viet Nam", "Việt Nam", "Vietnamese", "ជនជាតិវៀតណាម", "Viet\u200Bnam", "越南"));
        addGroup(rows, new Group("Thailand", "THA", 5, 3, "Poipet", "AA",
                List.of("Somchai", "Ploy", "Niran", "Malee"), List.of("Saetang", "Srisuk", "Wongsa")),
                jan15, random, List.of("Thailand", "THA"), List.of("Thailand", "ไทย", "ថៃ", "\u00A0THA "));
        addGroup(rows, new Group("Indonesia", "IDN", 6, 2, "Techo International Airport", "B",
                List.of("Budi", "Siti", "Agus", "Dewi"), List.of("Santoso", "Wijaya", "Hidayat")),
                jan15, random, List.of("Indonesia", "IDN"), List.of("Indonesia", "IDN", "Indonesian", "ឥណ្ឌូណេស៊ី"));
        // a provincial template: columns in another order under a Khmer header row, blank rows in the data
        int[] order = {0, 1, 5, 4, 2, 3, 9, 7, 6, 8, 10};
        List<List<Object>> reordered = new ArrayList<>();
        for (List<Object> row : rows) {
            List<Object> to = new ArrayList<>();
            for (int c : order) {
                to.add(row.get(c));
            }
            reordered.add(to);
            if (reordered.size() == 12 || reordered.size() == 33) {
                reordered.add(null);
            }
        }
        List<String> english = new ArrayList<>();
        for (int c : order) {
            english.add(HEADERS.get(c));
        }
        List<String> khmer = List.of("ល.រ", "គោត្តនាម និងនាម", "លេខលិខិតឆ្លងដែន", "សញ្ជាតិ", "ភេទ", "ថ្ងៃខែឆ្នាំកំណើត",
                "ស្ថានភាព", "ថ្ងៃនិរទេស", "ថ្ងៃចាប់ខ្លួន", "ច្រកចេញ", "លេខសំណុំរឿង");
        XSSFWorkbook book1904 = new XSSFWorkbook();
        var workbookPr = book1904.getCTWorkbook().isSetWorkbookPr() ? book1904.getCTWorkbook().getWorkbookPr()
                : book1904.getCTWorkbook().addNewWorkbookPr();
        workbookPr.setDate1904(true); // saved by Excel for Mac with the 1904 date system
        Workbook wb15 = SampleInbox.titled(book1904, "Sheet1", titles("Deportation date: 15/01/2026"), khmer, english,
                reordered, SampleInbox.list("Grand total", null, 48));
        Sheet sheet15 = wb15.getSheetAt(0);
        // the label is merged across the first two columns, the count stands in the third
        int totalRow = sheet15.getLastRowNum() - 2;
        sheet15.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(totalRow, totalRow, 0, 1));
        sheet15.createRow(sheet15.getLastRowNum() + 1).createCell(0)
                .setCellValue("Note: the Bavet group was handed over to the Vietnamese border police at 10:00.");
        SampleInbox.save(wb15, dir.resolve("deportation_batch_2026-01-15.xlsx"));

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
        // the deportation dates typed as text, every way the registry's staff write them
        List<String> forms = List.of("dd/MM/uuuu", "d MMMM uuuu", "dd-MM-uuuu", "dd.MM.uuuu", "uuuu-MM-dd",
                "dd-MMM-yy", "MMM d, uuuu", "khmer digits", "khmer month", "cell");
        for (int i = 0; i < rows.size(); i++) {
            if (i == 4 || i == 20) {
                continue;
            }
            LocalDate d = (LocalDate) rows.get(i).get(7);
            String form = forms.get(i % forms.size());
            rows.get(i).set(7, switch (form) {
                case "cell" -> d;
                case "khmer digits" -> khmerDigits(d.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu")));
                case "khmer month" -> khmerDigits(d.getDayOfMonth() + " " + KHMER_MONTHS.get(d.getMonthValue() - 1)
                        + " " + d.getYear());
                default -> d.format(java.time.format.DateTimeFormatter.ofPattern(form, java.util.Locale.ENGLISH));
            });
        }
        // kept in the old .xls format; its control row is in Khmer
        SampleInbox.save(SampleInbox.titled(new HSSFWorkbook(), "Register", titles("Period: 01/02/2026 - 28/02/2026"),
                List.of(), HEADERS, rows, SampleInbox.list("សរុប", 30)), dir.resolve("register feb 2026 batch 1.xls"));
    }

    static final List<String> KHMER_MONTHS = List.of("មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា",
            "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ");

    static String khmerDigits(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('០' + (c - '0')) : c);
        }
        return out.toString();
    }

    private static String written(String drawn, List<String> alsoWritten) {
        return alsoWritten == null ? drawn : alsoWritten.get(LOOK.nextInt(alsoWritten.size()));
    }

    private static List<String> titles(String periodLine) {
        return List.of("KINGDOM OF CAMBODIA — Nation Religion King", "Ministry of Interior",
                "General Department of Immigration", "Register of foreigners deported", periodLine);
    }

    /** How nationalities are written in the sample: its own stream, so the people stay the same. */
    private static final Random LOOK = new Random(1904L);

    private static void addGroup(List<List<Object>> rows, Group g, LocalDate deported, Random random,
                                 List<String> writtenForms) {
        addGroup(rows, g, deported, random, writtenForms, null);
    }

    private static void addGroup(List<List<Object>> rows, Group g, LocalDate deported, Random random,
                                 List<String> writtenForms, List<String> alsoWritten) {
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
                    written(writtenForms.get(random.nextInt(writtenForms.size())), alsoWritten), passport, arrested, deported, g.exit(),
                    status, caseRef));
        }
        if (deported.getMonthValue() == 1) {
            Figures.DEPORTED_JAN.merge(g.iso3(), g.male() + g.female(), Integer::sum);
        }
    }
}
