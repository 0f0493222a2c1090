package org.tonle.privacy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** The people in the sample's immigration workbooks, read with POI independently of Tonle's reader. */
final class SampleWorkbooks {

    /** One person's row: the file, its 1-based row number, and the cells under the register's headers. */
    record Person(String file, int row, String name, String passport, String nationality, String birth) {
    }

    private SampleWorkbooks() {
    }

    static List<Person> people(Path folder) throws Exception {
        List<Person> people = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
                    Sheet sheet = wb.getSheetAt(0);
                    Map<String, Integer> columns = null;
                    for (Row row : sheet) {
                        if (columns == null) {
                            Map<String, Integer> found = new HashMap<>();
                            for (Cell cell : row) {
                                found.put(format.formatCellValue(cell).strip(), cell.getColumnIndex());
                            }
                            if (found.containsKey("Full name") && found.containsKey("Passport No.")) {
                                columns = found;
                            }
                            continue;
                        }
                        String name = text(format, row, columns.get("Full name"));
                        if (name.isEmpty() || name.equalsIgnoreCase("total")
                                || text(format, row, columns.get("No.")).equalsIgnoreCase("total")) {
                            continue;
                        }
                        people.add(new Person(file.getFileName().toString(), row.getRowNum() + 1, name,
                                text(format, row, columns.get("Passport No.")),
                                text(format, row, columns.get("Nationality")),
                                text(format, row, columns.get("Date of birth"))));
                    }
                    if (columns == null) {
                        throw new IllegalStateException(file + ": no 'Full name' / 'Passport No.' header row");
                    }
                }
            }
        }
        return people;
    }

    private static String text(DataFormatter format, Row row, Integer column) {
        if (column == null) {
            return "";
        }
        Cell cell = row.getCell(column);
        return cell == null ? "" : format.formatCellValue(cell).strip();
    }
}
