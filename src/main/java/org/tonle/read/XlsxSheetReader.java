package org.tonle.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;

/**
 * Pulls one row at a time out of a sheet's XML. A pull parser (StAX, hardened by POI's XMLHelper:
 * no DTD, no external entities) fits a RowSource's next() without a second thread, and only the
 * current row is ever held in memory.
 */
final class XlsxSheetReader implements AutoCloseable {
    private final InputStream sheetXml;
    private final XMLStreamReader xml;
    private final XlsxCellTypes cellTypes;
    private final ReadLimits limits;
    private final String where;
    private int lastRow;

    // the cell being read
    private String ref;
    private String type;
    private String style;
    private boolean formula;
    private StringBuilder value;
    private StringBuilder inline;
    private boolean inPhonetic;
    private boolean inInlineText;

    XlsxSheetReader(InputStream sheetXml, SharedStrings strings, XlsxStyles styles, ReadLimits limits,
                    String where) throws XMLStreamException {
        this.sheetXml = sheetXml;
        this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheetXml);
        this.cellTypes = new XlsxCellTypes(strings, styles);
        this.limits = limits;
        this.where = where;
    }

    /** The next row holding at least one cell with content, or null at the end of the sheet. */
    RawRow next(String sheetName) throws XMLStreamException, RefusedInputException {
        List<Cell> cells = null;
        int rowNumber = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "row" -> {
                        String r = xml.getAttributeValue(null, "r");
                        rowNumber = r == null ? lastRow + 1 : Integer.parseInt(r.trim());
                        lastRow = rowNumber;
                        cells = new ArrayList<>();
                    }
                    case "c" -> startCell(cells);
                    case "v" -> value = new StringBuilder();
                    case "f" -> formula = true;
                    case "is" -> inline = new StringBuilder();
                    case "rPh" -> inPhonetic = true;
                    case "t" -> inInlineText = inline != null && !inPhonetic;
                    default -> { }
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                collectText();
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "c" -> place(cells, rowNumber);
                    case "rPh" -> inPhonetic = false;
                    case "t" -> inInlineText = false;
                    case "row" -> {
                        if (cells != null && cells.stream().anyMatch(c -> c.kind() != Cell.Kind.BLANK)) {
                            return new RawRow(sheetName, rowNumber, cells);
                        }
                        cells = null;
                    }
                    case "sheetData" -> {
                        return null;
                    }
                    default -> { }
                }
            }
        }
        return null;
    }

    private void startCell(List<Cell> cells) {
        ref = xml.getAttributeValue(null, "r");
        type = xml.getAttributeValue(null, "t");
        style = xml.getAttributeValue(null, "s");
        formula = false;
        value = null;
        inline = null;
        if (ref == null && cells != null) {
            ref = RawRow.columnLetters(cells.size()) + lastRow;
        }
    }

    private void collectText() throws RefusedInputException {
        StringBuilder target = inInlineText ? inline : value;
        if (target == null) {
            return;
        }
        target.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
        if (target.length() > limits.maxFieldChars()) {
            throw new RefusedInputException(where + " cell " + ref + " holds more than "
                    + Texts.count(limits.maxFieldChars()) + " characters");
        }
    }

    private void place(List<Cell> cells, int rowNumber) throws RefusedInputException {
        if (cells == null) {
            return;
        }
        int column = columnOf(ref, cells.size());
        Cell cell = toCell();
        if (column >= limits.maxColumns()) {
            if (cell.kind() == Cell.Kind.BLANK) {
                return; // formatting far to the right (a coloured row) is no data
            }
            throw new RefusedInputException(where + " row " + Texts.count(rowNumber) + " has more than "
                    + Texts.count(limits.maxColumns()) + " columns (cell " + ref + ")");
        }
        while (cells.size() <= column) {
            cells.add(Cell.BLANK);
        }
        if (cell.kind() == Cell.Kind.TEXT && cell.text().length() > limits.maxFieldChars()) {
            throw new RefusedInputException(where + " cell " + ref + " holds more than "
                    + Texts.count(limits.maxFieldChars()) + " characters");
        }
        cells.set(column, cell);
    }

    private Cell toCell() {
        return cellTypes.of(ref, type, style, formula, value == null ? null : value.toString(),
                inline == null ? null : inline.toString());
    }

    /** 0-based column of "C7" → 2; a cell without a reference follows the previous one. */
    static int columnOf(String ref, int next) {
        if (ref == null) {
            return next;
        }
        int column = 0;
        int i = 0;
        for (; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            if (column > 1 << 20) {
                break;
            }
        }
        return i == 0 ? next : column - 1;
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // closing a parser cannot lose data
        }
        try {
            sheetXml.close();
        } catch (IOException ignored) {
            // as above
        }
    }
}
