package org.tonle.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFoldingTest {

    @ParameterizedTest(name = "fold {0} -> {1}")
    @CsvSource(textBlock = """
            '  KOR  ',                          KOR
            ＫＯＲ,                              KOR
            （ＣＨＮ）,                          (CHN)
            １２３,                              123
            \\u3000Japan\\u3000,                Japan
            \\u00A0Korea\\u00A0,                Korea
            South\\u00A0\\u00A0Korea,           South Korea
            South \\u202F Korea,                South Korea
            South\\u2007Korea,                  South Korea
            South\\u0009Korea,                      South Korea
            សញ្ជាតិ\\u000ANationality,              សញ្ជាតិ Nationality
            Line one\\u000D\\u000ALine two,           Line one Line two
            a\\u0085b,                          a b
            កូរ៉េ\\u200Bខាង\\u200Bត្បូង,           កូរ៉េខាងត្បូង
            ជនជាតិ\\u200Cវៀតណាម,                  ជនជាតិវៀតណាម
            \\uFEFFName,                        Name
            a\\u200Db\\u2060c,                  abc
            Vie\\u0323\\u0302t Nam,             Vi\\u1EC7t Nam
            Vi\\u00EA\\u0323t,                  Vi\\u1EC7t
            x²,                                 x²
            ﬁle ①,                              ﬁle ①
            ｶﾀｶﾅ,                               ｶﾀｶﾅ
            """)
    void folds(String input, String expected) {
        assertThat(TextFolding.fold(DateReaderTest.unescape(input))).isEqualTo(DateReaderTest.unescape(expected));
    }

    @Test
    void emptyAndNull() {
        assertThat(TextFolding.fold(null)).isNull();
        assertThat(TextFolding.fold("")).isEmpty();
        assertThat(TextFolding.fold(" \u00A0\u200B\n ")).isEmpty();
    }

    @Test
    void plainAsciiIsReturnedAsIs() {
        String plain = "Techo International Airport";
        assertThat(TextFolding.fold(plain)).isSameAs(plain);
    }

    @ParameterizedTest(name = "digits {0} -> {1}")
    @CsvSource(textBlock = """
            ០១២៣៤៥៦៧៨៩,         0123456789
            ๐๑๒๓๔๕๖๗๘๙,         0123456789
            ໐໑໒໓໔໕໖໗໘໙,         0123456789
            ၀၁၂၃၄၅၆၇၈၉,         0123456789
            ０１２３４５６７８９,   0123456789
            ២៣ មករា ២០២៦,        23 មករា 2026
            OP-2026-០១១៧,        OP-2026-0117
            \\u17F0\\u17F1\\u17F9, \\u17F0\\u17F1\\u17F9
            abc,                 abc
            """)
    void latinDigits(String input, String expected) {
        assertThat(TextFolding.latinDigits(DateReaderTest.unescape(input))).isEqualTo(DateReaderTest.unescape(expected));
    }

    @Test
    void latinDigitsKeepsNull() {
        assertThat(TextFolding.latinDigits(null)).isNull();
    }
}
