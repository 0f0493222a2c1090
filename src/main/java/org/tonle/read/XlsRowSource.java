package org.tonle.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * One sheet of an old .xls (BIFF8) workbook through HSSF. These files are small (the format stops
 * at 65,536 rows), so loading the workbook is acceptable; formulas are never evaluated.
 */
final class XlsRowSource implements RowSource {
    private final POIFSFileSystem fs;
    private final HSSFWorkbook workbook;
    private final String sheetName;
    private final Iterator<Row> rows;
    private final XlsCells cells;

    private XlsRowSource(POIFSFileSystem fs, HSSFWorkbook workbook, Sheet sheet, XlsCells cells) {
        this.fs = fs;
        this.workbook = workbook;
        this.sheetName = sheet.getSheetName();
        this.rows = sheet.rowIterator();
        this.cells = cells;
    }

    static RowSource open(Path file, String displayName, String sheetName, ReadLimits limits)
            throws UnreadableFileException {
        POIFSFileSystem fs = openContainer(file, displayName);
        HSSFWorkbook workbook = load(fs, displayName);
        List<String> names = names(workbook);
        Sheet sheet;
        if (names.isEmpty()) {
            close(workbook, fs);
            throw new UnreadableFileException(displayName + ": the workbook has no sheets");
        }
        if (sheetName == null) {
            sheet = workbook.getSheetAt(0);
        } else {
            String actual = SheetNames.find(sheetName, names).orElse(null);
            if (actual == null) {
                close(workbook, fs);
                throw new UnreadableFileException(SheetNames.missing(displayName, sheetName, names));
            }
            sheet = workbook.getSheet(actual);
        }
        boolean date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
        String where = displayName + ": sheet '" + sheet.getSheetName() + "'";
        return new XlsRowSource(fs, workbook, sheet, new XlsCells(new NumberCells(date1904), date1904, limits, where));
    }

    static List<String> sheetNames(Path file, String displayName, ReadLimits limits) throws UnreadableFileException {
        POIFSFileSystem fs = openContainer(file, displayName);
        HSSFWorkbook workbook = load(fs, displayName);
        List<String> names = names(workbook);
        close(workbook, fs);
        return names;
    }

    @Override
    public RawRow next() throws UnreadableFileException {
        while (rows.hasNext()) {
            Row row = rows.next();
            List<Cell> values = cells.of(row);
            if (values.stream().anyMatch(c -> c.kind() != Cell.Kind.BLANK)) {
                return new RawRow(sheetName, row.getRowNum() + 1, values);
            }
        }
        return null;
    }

    @Override
    public boolean date1904() {
        return cells.date1904();
    }

    @Override
    public void close() {
        close(workbook, fs);
    }

    /** Opens the OLE2 container and tells an encrypted xlsx or a Word file from a real .xls. */
    private static POIFSFileSystem openContainer(Path file, String displayName) throws UnreadableFileException {
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(file.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(displayName + ": the workbook is damaged or incomplete"
                    + " (not a readable Office 97-2003 file: " + Texts.reason(e) + ")", e);
        }
        DirectoryNode root = fs.getRoot();
        String refusal = null;
        if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
            refusal = displayName + ": the workbook is password-protected";
        } else if (root.hasEntryCaseInsensitive("Book") && !root.hasEntryCaseInsensitive("Workbook")) {
            refusal = displayName + ": this is an Excel 5.0/95 workbook, which is not read: save it as .xlsx";
        } else if (!root.hasEntryCaseInsensitive("Workbook")) {
            refusal = displayName + ": this is an Office 97-2003 document but not an Excel workbook";
        }
        if (refusal != null) {
            close(null, fs);
            throw new UnreadableFileException(refusal);
        }
        return fs;
    }

    private static HSSFWorkbook load(POIFSFileSystem fs, String displayName) throws UnreadableFileException {
        try {
            return new HSSFWorkbook(fs.getRoot(), false);
        } catch (EncryptedDocumentException e) {
            close(null, fs);
            throw new UnreadableFileException(displayName + ": the workbook is password-protected", e);
        } catch (OldExcelFormatException e) {
            close(null, fs);
            throw new UnreadableFileException(displayName + ": this is an old Excel workbook (before 97),"
                    + " which is not read: save it as .xlsx", e);
        } catch (IOException | RuntimeException e) {
            close(null, fs);
            throw new UnreadableFileException(displayName + ": the workbook is damaged and cannot be read ("
                    + Texts.reason(e) + ")", e);
        }
    }

    private static List<String> names(HSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        return List.copyOf(names);
    }

    private static void close(HSSFWorkbook workbook, POIFSFileSystem fs) {
        try {
            if (workbook != null) {
                workbook.close();
            }
            fs.close();
        } catch (IOException ignored) {
            // read-only: nothing is lost when closing fails
        }
    }
}
