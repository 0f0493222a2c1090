package org.tonle.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NationalityEditDistanceTest {

    @ParameterizedTest
    @CsvSource({
        "vietnam, vietnam, 2, 0",
        "vietnma, vietnam, 2, 1",
        "cambodai, cambodia, 2, 1",
        "nigera, nigeria, 2, 1",
        "nigera, niger, 2, 1",
        "phillipines, philippines, 2, 2",
        "gambia, zambia, 2, 1",
        "austria, australia, 3, 2",
        "abc, xyz, 2, 3",
        "thailand, laos, 1, 2",
        "'', abc, 5, 3",
    })
    void countsSwapsAsOneEditAndStopsPastTheLimit(String a, String b, int max, int expected) {
        assertEquals(expected, EditDistance.within(a, b, max));
        assertEquals(expected, EditDistance.within(b, a, max));
    }
}
