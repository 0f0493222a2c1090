package org.tonle.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;

/**
 * What we need from xl/workbook.xml, read by streaming: the sheet names in workbook order and the
 * date system. The parser comes from POI's XMLHelper, which refuses DTDs and external entities.
 */
record WorkbookXml(List<String> sheetNames, boolean date1904) {

    static WorkbookXml read(InputStream workbookXml) throws IOException {
        XMLInputFactory factory = XMLHelper.newXMLInputFactory();
        List<String> names = new ArrayList<>();
        boolean date1904 = false;
        try (workbookXml) {
            XMLStreamReader xml = factory.createXMLStreamReader(workbookXml);
            try {
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String element = xml.getLocalName();
                    if (element.equals("workbookPr")) {
                        String flag = xml.getAttributeValue(null, "date1904");
                        date1904 = "1".equals(flag) || "true".equalsIgnoreCase(flag);
                    } else if (element.equals("sheet")) {
                        String name = xml.getAttributeValue(null, "name");
                        names.add(name == null ? "" : name);
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("workbook.xml is not well-formed XML: " + Texts.reason(e), e);
        }
        return new WorkbookXml(List.copyOf(names), date1904);
    }
}
