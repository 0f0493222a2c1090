package org.tonle.e2e;

import org.tonle.support.TestDatabase;

class LoadVersionsH2Test extends LoadVersionsTest {
    @Override
    TestDatabase database() {
        return TestDatabase.h2(scratch.resolve("db"));
    }
}
