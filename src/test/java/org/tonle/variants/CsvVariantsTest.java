package org.tonle.variants;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tonle.support.TestInbox;

/**
 * CSV files as the police send them, end to end: Excel's "Unicode text" (UTF-16LE, tab), UTF-8 with
 * a BOM and semicolons, plain UTF-8 with commas; quoted separators, doubled quotes and line breaks;
 * thousands separators and Khmer digits; dates written every way; nationalities in many scripts and
 * with invisible or full-width characters; and bytes that are not UTF-8.
 */
abstract class CsvVariantsTest extends VariantRuns {

    @BeforeEach
    void emptyInbox() throws Exception {
        inbox = TestInbox.empty(scratch.resolve("inbox"));
    }

    @Test
    void everyEncodingAndSeparatorLoadsAndRowNumbersAreLinesAsCounted() throws Exception {
        Book.text(file("police", "unicode text 2026-03.txt.csv"), arrival(1), StandardCharsets.UTF_16LE, true, List.of(
                POLICE_HEADER.replace(',', '\t'),
                "OP-2026-0401\t02/03/2026\tភ្នំពេញ\tថៃ\t១២\t៣\t០\t",
                "OP-2026-0402\t05/03/2026\tKampot\tVietnamese\t\"1,024\"\t12\t5\tRaid, 5 victims, \"Golden\" compound",
                "TOTAL\t\t\t\t1,036\t15\t5\t"));
        Book.text(file("police", "semicolon 2026-04.csv"), arrival(2), StandardCharsets.UTF_8, true, List.of(
                POLICE_HEADER.replace(',', ';'),
                "OP-2026-0501;01/04/2026;Takeo;Thailand;10;2;0;\"Raid; 3 compounds; the \"\"Golden\"\" casino",
                "second line of the remark",
                "third line\"",
                "OP-2026-0502;31/04/2026;Takeo;Laos;4;0;0;",
                "",
                "OP-2026-0503;03/04/2026;Takeo;Lao PDR;6;1;0;",
                "TOTAL;;;;20;3;0;",
                "Prepared by: Provincial Police Commissioner;;;;;;;"));
        Book.text(file("police", "plain 2026-05.csv"), arrival(3), StandardCharsets.UTF_8, false, List.of(
                POLICE_HEADER,
                "OP-2026-0601,05/05/2026,Ｐｈｎｏｍ Ｐｅｎｈ,ＣＨＮ,\"1,024\",0,0,",
                "OP-2026-0602,06-05-2026,Phnom Penh,Viet\u200Bnam,1,0,0,",
                "OP-2026-0603,07.05.2026,\u00A0Kampot\u00A0,\u00A0Thailand\u00A0,2,0,0,",
                "OP-2026-0604,2026-05-08,Kampot,中国,3,0,0,",
                "OP-2026-0605,9 May 2026,Kampot,대한민국,4,0,0,",
                "OP-2026-0606,10-May-26,Kampot,ไทย,5,0,0,",
                "OP-2026-0607,\"May 11, 2026\",Kampot,Filipino,6,0,0,",
                "OP-2026-0608,១២/០៥/២០២៦,Kampot,ជនជាតិវៀតណាម,៧,០,០,",
                "OP-2026-0609,១៣ ឧសភា ២០២៦,Kampot,Trung Quốc,8,0,0,",
                "OP-2026-0610,14/05/2026,Kampot,緬甸,\"១,២០០\",0,0,"));
        byte[] bad = ("operation_id,operation_date,province,nationality,suspects_arrested\r\n"
                + "OP-2026-0701,01/06/2026,Kampot,China,1\r\nOP-2026-0702,02/06/2026,Kampot,China,2 ")
                .getBytes(StandardCharsets.UTF_8);
        byte[] withFF = new byte[bad.length + 3];
        System.arraycopy(bad, 0, withFF, 0, bad.length);
        withFF[bad.length] = (byte) 0xFF;
        withFF[bad.length + 1] = '\r';
        withFF[bad.length + 2] = '\n';
        Files.write(file("police", "cp1252 2026-06.csv"), withFF);
        Files.setLastModifiedTime(file("police", "cp1252 2026-06.csv"), java.nio.file.attribute.FileTime.from(arrival(4)));

        var result = run();
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(2);
        assertThat(rows("SELECT operation_id, operation_date, province, nationality_iso3, suspects_arrested, "
                + "of_which_female, victims_rescued FROM rpt_arrests ORDER BY operation_id")).containsExactly(
                List.of("OP-2026-0401", "2026-03-02", "ភ្នំពេញ", "THA", "12", "3", "0"),
                List.of("OP-2026-0402", "2026-03-05", "Kampot", "VNM", "1024", "12", "5"),
                List.of("OP-2026-0501", "2026-04-01", "Takeo", "THA", "10", "2", "0"),
                List.of("OP-2026-0503", "2026-04-03", "Takeo", "LAO", "6", "1", "0"),
                List.of("OP-2026-0601", "2026-05-05", "Phnom Penh", "CHN", "1024", "0", "0"),
                List.of("OP-2026-0602", "2026-05-06", "Phnom Penh", "VNM", "1", "0", "0"),
                List.of("OP-2026-0603", "2026-05-07", "Kampot", "THA", "2", "0", "0"),
                List.of("OP-2026-0604", "2026-05-08", "Kampot", "CHN", "3", "0", "0"),
                List.of("OP-2026-0605", "2026-05-09", "Kampot", "KOR", "4", "0", "0"),
                List.of("OP-2026-0606", "2026-05-10", "Kampot", "THA", "5", "0", "0"),
                List.of("OP-2026-0607", "2026-05-11", "Kampot", "PHL", "6", "0", "0"),
                List.of("OP-2026-0608", "2026-05-12", "Kampot", "VNM", "7", "0", "0"),
                List.of("OP-2026-0609", "2026-05-13", "Kampot", "CHN", "8", "0", "0"),
                List.of("OP-2026-0610", "2026-05-14", "Kampot", "MMR", "1200", "0", "0"));
        // text is folded when stored: the remark's line breaks become spaces, its quotes stay
        assertThat(rows("SELECT remarks FROM arrest WHERE operation_id = 'OP-2026-0501'")).containsExactly(
                List.of("Raid; 3 compounds; the \"Golden\" casino second line of the remark third line"));
        // the remark of OP-2026-0501 takes lines 2 to 4: the next record is line 5, as a text editor counts
        assertThat(heldBack("semicolon 2026-04.csv")).containsExactly(List.of("5", "null",
                "row 5, column B 'operation_date': date '31/04/2026' is not a calendar date"));
        assertThat(fileRow("semicolon 2026-04.csv")).containsExactly(List.of("LOADED", "3", "2", "1", "EXPLAINED",
                "suspects_arrested in control row: 20 declared = 16 loaded + 4 held back", "null"));
        assertThat(ledger("semicolon 2026-04.csv")).containsExactly(List.of("1", "null", "null"));
        assertThat(fileRow("unicode text 2026-03.txt.csv")).containsExactly(List.of("LOADED", "2", "2", "0", "MATCH",
                "", "null"));
        assertThat(fileRow("plain 2026-05.csv")).containsExactly(List.of("LOADED", "10", "10", "0", "NONE", "",
                "null"));
        assertThat(fileRow("cp1252 2026-06.csv")).containsExactly(List.of("REFUSED", "null", "null", "null", "null",
                "null", "police/cp1252 2026-06.csv: line 3 is not valid UTF-8"));
    }
}
