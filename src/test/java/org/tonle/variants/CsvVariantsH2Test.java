package org.tonle.variants;

import org.tonle.support.TestDatabase;

class CsvVariantsH2Test extends CsvVariantsTest {
    @Override
    TestDatabase database() {
        return TestDatabase.h2(scratch);
    }
}
