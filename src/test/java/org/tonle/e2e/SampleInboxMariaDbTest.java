package org.tonle.e2e;

import org.tonle.support.TestDatabase;

/** The same load into a fresh MariaDB database (MySQL protocol, Connector/J). */
class SampleInboxMariaDbTest extends SampleInboxLoadTest {
    @Override
    TestDatabase database() throws Exception {
        return TestDatabase.mariadb();
    }
}
