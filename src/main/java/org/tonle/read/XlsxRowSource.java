package org.tonle.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * One sheet of an xlsx workbook, streamed: the sheet's XML is parsed as rows are asked for; only
 * the shared-text table and the styles are loaded whole (both bounded). Never an XSSFWorkbook.
 */
final class XlsxRowSource implements RowSource {
    private final XlsxPackage workbook;
    private final XlsxSheetReader sheet;
    private final String sheetName;

    private XlsxRowSource(XlsxPackage workbook, XlsxSheetReader sheet, String sheetName) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.sheetName = sheetName;
    }

    static RowSource open(Path file, String displayName, String sheetName, ReadLimits limits)
            throws UnreadableFileException {
        XlsxPackage workbook = XlsxPackage.open(file, displayName, limits);
        try {
            List<String> names = workbook.info().sheetNames();
            if (names.isEmpty()) {
                throw new UnreadableFileException(displayName + ": the workbook has no sheets");
            }
            String actualName = sheetName == null ? names.get(0)
                    : SheetNames.find(sheetName, names).orElseThrow(
                            () -> new UnreadableFileException(SheetNames.missing(displayName, sheetName, names)));
            InputStream xml = workbook.sheetXml(actualName);
            String where = displayName + ": sheet '" + actualName + "'";
            XlsxSheetReader reader;
            try {
                reader = new XlsxSheetReader(xml, workbook.sharedStrings(), workbook.styles(), limits, where);
            } catch (XMLStreamException e) {
                xml.close();
                throw e;
            }
            return new XlsxRowSource(workbook, reader, actualName);
        } catch (UnreadableFileException e) {
            workbook.close();
            throw e;
        } catch (Exception e) {
            // POI and the XML parser throw a mix of checked and unchecked exceptions: all are refusals
            workbook.close();
            throw workbook.refusal(e);
        }
    }

    static List<String> sheetNames(Path file, String displayName, ReadLimits limits) throws UnreadableFileException {
        try (XlsxPackage workbook = XlsxPackage.open(file, displayName, limits)) {
            return workbook.info().sheetNames();
        }
    }

    @Override
    public RawRow next() throws UnreadableFileException {
        try {
            return sheet.next(sheetName);
        } catch (XMLStreamException | IOException | RuntimeException e) {
            throw workbook.refusal(e);
        }
    }

    @Override
    public boolean date1904() {
        return workbook.info().date1904();
    }

    @Override
    public void close() {
        sheet.close();
        workbook.close();
    }

}
