package org.tonle.e2e;

import org.tonle.support.TestDatabase;

class SampleInboxH2Test extends SampleInboxLoadTest {
    @Override
    TestDatabase database() {
        return TestDatabase.h2(scratch);
    }
}
