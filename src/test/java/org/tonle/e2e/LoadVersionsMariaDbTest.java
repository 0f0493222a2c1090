package org.tonle.e2e;

import org.tonle.support.TestDatabase;

class LoadVersionsMariaDbTest extends LoadVersionsTest {
    @Override
    TestDatabase database() throws Exception {
        return TestDatabase.mariadb();
    }
}
