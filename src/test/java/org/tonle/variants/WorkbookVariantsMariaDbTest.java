package org.tonle.variants;

import org.tonle.support.TestDatabase;

class WorkbookVariantsMariaDbTest extends WorkbookVariantsTest {
    @Override
    TestDatabase database() throws Exception {
        return TestDatabase.mariadb();
    }
}
