package org.tonle.read;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/** The number format of each cell style, looked up once per style (a sheet reuses a few styles). */
final class XlsxStyles {
    private record Format(int index, String pattern) {
    }

    private static final Format GENERAL = new Format(0, "General");

    private final StylesTable table;
    private final NumberCells numbers;
    private final Map<String, Format> formats = new HashMap<>();

    XlsxStyles(StylesTable table, NumberCells numbers) {
        this.table = table;
        this.numbers = numbers;
    }

    Cell cell(double value, String styleAttribute) {
        Format format = formats.computeIfAbsent(styleAttribute == null ? "0" : styleAttribute, this::lookUp);
        return numbers.cell(value, format.index(), format.pattern());
    }

    private Format lookUp(String styleAttribute) {
        if (table == null) {
            return GENERAL;
        }
        try {
            XSSFCellStyle style = table.getStyleAt(Integer.parseInt(styleAttribute.trim()));
            if (style == null) {
                return GENERAL;
            }
            return new Format(style.getDataFormat(), style.getDataFormatString());
        } catch (RuntimeException e) {
            // a style the table does not hold: show the number as it is rather than refuse the file
            return GENERAL;
        }
    }
}
