package org.tonle.variants;

import org.tonle.support.TestDatabase;

class WorkbookVariantsH2Test extends WorkbookVariantsTest {
    @Override
    TestDatabase database() {
        return TestDatabase.h2(scratch);
    }
}
