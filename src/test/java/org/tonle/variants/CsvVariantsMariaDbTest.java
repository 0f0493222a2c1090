package org.tonle.variants;

import org.tonle.support.TestDatabase;

class CsvVariantsMariaDbTest extends CsvVariantsTest {
    @Override
    TestDatabase database() throws Exception {
        return TestDatabase.mariadb();
    }
}
