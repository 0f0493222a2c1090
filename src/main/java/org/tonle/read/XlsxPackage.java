package org.tonle.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.SAXException;

/**
 * An xlsx package opened read-only, after the ZIP directory has passed {@link ZipGuard}. Translates
 * whatever POI or the XML parser throws into a sentence for the operator.
 */
final class XlsxPackage implements AutoCloseable {
    /** The shared-text table is held whole in memory, so it gets a tighter bound than a sheet. */
    static final long MAX_SHARED_STRINGS_BYTES = 64L * 1024 * 1024;
    static final long MAX_STYLES_BYTES = 16L * 1024 * 1024;

    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final WorkbookXml info;
    private final String displayName;
    private final ReadLimits limits;

    private XlsxPackage(OPCPackage pkg, XSSFReader reader, WorkbookXml info, String displayName, ReadLimits limits) {
        this.pkg = pkg;
        this.reader = reader;
        this.info = info;
        this.displayName = displayName;
        this.limits = limits;
    }

    static XlsxPackage open(Path file, String displayName, ReadLimits limits) throws UnreadableFileException {
        ZipGuard.check(file, displayName, limits);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | NotOfficeXmlFileException e) {
            if (Texts.reason(e).contains("DOCTYPE")) {
                // [Content_Types].xml with a DTD: the same refusal as for any other part
                throw refusal(displayName, e);
            }
            throw new UnreadableFileException(displayName + ": this is a ZIP archive, not an Excel workbook"
                    + " (" + Texts.reason(e) + ")", e);
        } catch (RuntimeException e) {
            throw ZipGuard.isPoiBombAlarm(e) ? new UnreadableFileException(ZipGuard.bombMessage(displayName), e)
                    : ZipGuard.damaged(displayName, e);
        }
        try {
            checkIsWorkbook(pkg, displayName);
            XSSFReader reader = new XSSFReader(pkg);
            WorkbookXml info = WorkbookXml.read(bounded(reader.getWorkbookData(), limits.maxPartBytes(),
                    ZipGuard.partTooLargeMessage(displayName, limits)));
            return new XlsxPackage(pkg, reader, info, displayName, limits);
        } catch (UnreadableFileException e) {
            pkg.revert();
            throw e;
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            pkg.revert();
            throw refusal(displayName, e);
        }
    }

    private static void checkIsWorkbook(OPCPackage pkg, String displayName) throws UnreadableFileException {
        PackageRelationshipCollection core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        PackagePart main = core.size() == 0 ? null : pkg.getPart(core.getRelationship(0));
        String type = main == null ? "" : main.getContentType();
        if (type.contains("sheet.binary")) {
            throw new UnreadableFileException(displayName + ": this is an Excel binary workbook (.xlsb),"
                    + " which is not read: save it as .xlsx");
        }
        if (!type.contains("spreadsheetml") && !type.contains("ms-excel")) {
            throw new UnreadableFileException(displayName + ": this is a ZIP archive"
                    + (type.isEmpty() ? "" : " holding " + type) + ", not an Excel workbook");
        }
    }

    WorkbookXml info() {
        return info;
    }

    InputStream sheetXml(String sheetName) throws IOException, InvalidFormatException, UnreadableFileException {
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        while (sheets.hasNext()) {
            InputStream xml = sheets.next();
            if (sheets.getSheetName().equals(sheetName)) {
                return bounded(xml, limits.maxPartBytes(), ZipGuard.partTooLargeMessage(displayName, limits));
            }
            xml.close();
        }
        throw new UnreadableFileException(displayName + ": the sheet '" + sheetName
                + "' is listed in the workbook but its content is missing");
    }

    SharedStrings sharedStrings() throws IOException, SAXException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return new ReadOnlySharedStringsTable(InputStream.nullInputStream(), false);
        }
        String refusal = displayName + ": the workbook's shared text table is larger than "
                + Texts.count(MAX_SHARED_STRINGS_BYTES) + " bytes";
        try (InputStream in = bounded(parts.get(0).getInputStream(), MAX_SHARED_STRINGS_BYTES, refusal)) {
            return new ReadOnlySharedStringsTable(in, false);
        }
    }

    XlsxStyles styles() throws IOException {
        NumberCells numbers = new NumberCells(info.date1904());
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
        if (parts.isEmpty()) {
            return new XlsxStyles(null, numbers);
        }
        String refusal = displayName + ": the workbook's style table is larger than "
                + Texts.count(MAX_STYLES_BYTES) + " bytes";
        try (InputStream in = bounded(parts.get(0).getInputStream(), MAX_STYLES_BYTES, refusal)) {
            return new XlsxStyles(new StylesTable(in), numbers);
        }
    }

    UnreadableFileException refusal(Exception e) {
        return refusal(displayName, e);
    }

    static UnreadableFileException refusal(String displayName, Exception e) {
        RefusedInputException refused = RefusedInputException.findIn(e);
        if (refused != null) {
            return new UnreadableFileException(refused.getMessage(), e);
        }
        if (ZipGuard.isPoiBombAlarm(e)) {
            return new UnreadableFileException(ZipGuard.bombMessage(displayName), e);
        }
        if (e instanceof EncryptedDocumentException) {
            return new UnreadableFileException(displayName + ": the workbook is password-protected", e);
        }
        String reason = Texts.reason(e);
        if (reason.contains("DOCTYPE") || reason.contains("entity")) {
            return new UnreadableFileException(displayName + ": the workbook is refused: one of its XML parts"
                    + " uses a DTD or entities, which are never read (" + reason + ")", e);
        }
        if (e instanceof XMLStreamException || e instanceof SAXException || e.getCause() instanceof XMLStreamException) {
            return new UnreadableFileException(displayName + ": the workbook is damaged: a part is not"
                    + " well-formed XML (" + reason + ")", e);
        }
        return new UnreadableFileException(displayName + ": the workbook cannot be read (" + reason + ")", e);
    }

    private static InputStream bounded(InputStream in, long limit, String refusal) {
        return new LimitedInputStream(in, limit, refusal);
    }

    @Override
    public void close() {
        // read-only: revert closes the ZIP without trying to save anything
        pkg.revert();
    }
}
