package org.tonle.read;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;

/** Maps HSSF cells to {@link Cell}s exactly as the xlsx reader does; formulas give their cached result. */
final class XlsCells {
    private final NumberCells numbers;
    private final boolean date1904;
    private final ReadLimits limits;
    private final String where;

    XlsCells(NumberCells numbers, boolean date1904, ReadLimits limits, String where) {
        this.numbers = numbers;
        this.date1904 = date1904;
        this.limits = limits;
        this.where = where;
    }

    boolean date1904() {
        return date1904;
    }

    /** The row's cells, gaps filled with blanks so that index is column, as the xlsx reader does. */
    List<Cell> of(Row row) throws UnreadableFileException {
        List<Cell> cells = new ArrayList<>();
        for (org.apache.poi.ss.usermodel.Cell cell : row) {
            int column = cell.getColumnIndex();
            Cell value = of(cell);
            if (column >= limits.maxColumns()) {
                if (value.kind() == Cell.Kind.BLANK) {
                    continue; // formatting far to the right (a coloured row) is no data
                }
                throw new UnreadableFileException(where + " row " + Texts.count(row.getRowNum() + 1L)
                        + " has more than " + Texts.count(limits.maxColumns()) + " columns (cell " + ref(cell) + ")");
            }
            if (value.kind() == Cell.Kind.TEXT && value.text().length() > limits.maxFieldChars()) {
                throw new UnreadableFileException(where + " cell " + ref(cell) + " holds more than "
                        + Texts.count(limits.maxFieldChars()) + " characters");
            }
            while (cells.size() <= column) {
                cells.add(Cell.BLANK);
            }
            cells.set(column, value);
        }
        return cells;
    }

    private Cell of(org.apache.poi.ss.usermodel.Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
            case NUMERIC:
                CellStyle style = cell.getCellStyle();
                return numbers.cell(cell.getNumericCellValue(), style.getDataFormat(), style.getDataFormatString());
            case STRING:
                return Cell.text(cell.getRichStringCellValue().getString());
            case BOOLEAN:
                return NumberCells.bool(cell.getBooleanCellValue());
            case ERROR:
                return NumberCells.error(ref(cell), errorText(cell.getErrorCellValue()));
            default:
                return Cell.BLANK;
        }
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR(" + code + ")";
        }
    }

    private static String ref(org.apache.poi.ss.usermodel.Cell cell) {
        return RawRow.columnLetters(cell.getColumnIndex()) + (cell.getRowIndex() + 1);
    }
}
