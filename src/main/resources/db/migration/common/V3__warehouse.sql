-- The warehouse's own tables. Written once for H2 and MariaDB/MySQL alike.
-- Loads are staged under their load_id and made visible by load_period.is_current (publish flips
-- it in one transaction); the rpt_ views (V4) are the analysts' API and only see current rows.

-- Every file seen in the inbox, including refused ones and byte-for-byte duplicates.
CREATE TABLE source_file (
    file_id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    feed           VARCHAR(64)   NOT NULL,
    source_file    VARCHAR(700)  NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    modified_at    TIMESTAMP(3)  NULL,
    seen_at        TIMESTAMP(3)  NULL,
    status         VARCHAR(16)   NOT NULL,
    status_detail  VARCHAR(2000),
    duplicate_of   BIGINT,
    CONSTRAINT source_file_seen UNIQUE (feed, sha256, source_file)
);
CREATE INDEX source_file_by_sha ON source_file (feed, sha256);

-- One attempt to load one file: a job instance of the file job. A file abandoned by an operator
-- gets a new load the next night.
CREATE TABLE file_load (
    load_id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    file_id           BIGINT       NOT NULL,
    feed              VARCHAR(64)  NOT NULL,
    state             VARCHAR(16)  NOT NULL,
    job_execution_id  BIGINT,
    declared_from     DATE,
    declared_to       DATE,
    rows_read         INT,
    rows_loaded       INT,
    rows_held_back    INT,
    rows_blank        INT,
    check_status      VARCHAR(16),
    check_detail      VARCHAR(4000),
    failure           VARCHAR(2000),
    started_at        TIMESTAMP(3) NULL,
    published_at      TIMESTAMP(3) NULL,
    superseded_by     BIGINT,
    CONSTRAINT file_load_file FOREIGN KEY (file_id) REFERENCES source_file (file_id)
);
CREATE INDEX file_load_by_file ON file_load (file_id);

-- What part of its feed's record a load speaks for (a day, a month, a court case). Exactly one
-- published load is current for each (feed, period_key): the latest to arrive.
CREATE TABLE load_period (
    load_id     BIGINT       NOT NULL,
    feed        VARCHAR(64)  NOT NULL,
    period_key  VARCHAR(300) NOT NULL,
    is_current  BOOLEAN      NOT NULL,
    PRIMARY KEY (load_id, period_key)
);
CREATE INDEX load_period_by_key ON load_period (feed, period_key);

CREATE TABLE deportation (
    load_id           BIGINT       NOT NULL,
    source_row        INT          NOT NULL,
    period_key        VARCHAR(300) NOT NULL,
    period_month      CHAR(7),
    sex               CHAR(1),
    birth_year        INT,
    nationality_iso3  CHAR(3),
    passport_hmac     CHAR(64),
    arrest_date       DATE,
    deportation_date  DATE,
    exit_point        VARCHAR(200),
    status            VARCHAR(20),
    case_ref          VARCHAR(100),
    PRIMARY KEY (load_id, source_row)
);

-- Names are kept only when tonle.personal.keep-names is on; the reporting user cannot read this.
CREATE TABLE person_name (
    load_id     BIGINT        NOT NULL,
    source_row  INT           NOT NULL,
    full_name   VARCHAR(300)  NOT NULL,
    PRIMARY KEY (load_id, source_row)
);

CREATE TABLE arrest (
    load_id            BIGINT       NOT NULL,
    source_row         INT          NOT NULL,
    period_key         VARCHAR(300) NOT NULL,
    period_month       CHAR(7),
    operation_id       VARCHAR(100),
    operation_date     DATE,
    province           VARCHAR(200),
    nationality_iso3   CHAR(3),
    suspects_arrested  INT,
    of_which_female    INT,
    victims_rescued    INT,
    remarks            VARCHAR(4000),
    PRIMARY KEY (load_id, source_row)
);

CREATE TABLE court_case (
    load_id             BIGINT       NOT NULL,
    source_row          INT          NOT NULL,
    period_key          VARCHAR(300) NOT NULL,
    period_month        CHAR(7),
    case_no             VARCHAR(100),
    court               VARCHAR(200),
    filing_date         DATE,
    verdict_date        DATE,
    charges             VARCHAR(2000),
    defendants          INT,
    convicted           INT,
    status              VARCHAR(20),
    max_sentence_years  DECIMAL(6, 2),
    PRIMARY KEY (load_id, source_row)
);

CREATE TABLE court_defendant (
    load_id           BIGINT   NOT NULL,
    source_row        INT      NOT NULL,
    nationality_iso3  CHAR(3)  NOT NULL,
    defendants        INT      NOT NULL,
    PRIMARY KEY (load_id, source_row, nationality_iso3)
);

CREATE TABLE published_stat (
    load_id           BIGINT       NOT NULL,
    source_row        INT          NOT NULL,
    period_key        VARCHAR(300) NOT NULL,
    period_month      CHAR(7),
    period            CHAR(7),
    nationality_iso3  CHAR(3),
    arrested          INT,
    deported          INT,
    victims_rescued   INT,
    PRIMARY KEY (load_id, source_row)
);

-- Rows not loaded, with the reason in words and the cells as found (personal data masked).
CREATE TABLE held_row (
    load_id      BIGINT        NOT NULL,
    source_row   INT           NOT NULL,
    sheet        VARCHAR(200),
    period_key   VARCHAR(300),
    nationality_iso3 CHAR(3),
    reason       VARCHAR(2000) NOT NULL,
    raw_record   VARCHAR(8000) NOT NULL,
    raw_columns  VARCHAR(2000),
    replayed_at  TIMESTAMP(3)  NULL,
    PRIMARY KEY (load_id, source_row)
);

-- The sender's own totals: control rows ("Total", "សរុប") and Summary sheets.
CREATE TABLE control_total (
    load_id           BIGINT       NOT NULL,
    source            VARCHAR(20)  NOT NULL,
    sheet             VARCHAR(200),
    source_row        INT          NOT NULL,
    nationality_iso3  CHAR(3)      NOT NULL,
    measure           VARCHAR(64)  NOT NULL,
    declared          BIGINT       NOT NULL,
    PRIMARY KEY (load_id, source, source_row, nationality_iso3, measure)
);

-- File-level reconciliation: each control total against what was loaded.
CREATE TABLE file_check (
    load_id           BIGINT       NOT NULL,
    source            VARCHAR(20)  NOT NULL,
    nationality_iso3  CHAR(3)      NOT NULL,
    measure           VARCHAR(64)  NOT NULL,
    declared          BIGINT       NOT NULL,
    loaded            BIGINT       NOT NULL,
    held_back         BIGINT       NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    PRIMARY KEY (load_id, source, nationality_iso3, measure)
);

CREATE TABLE dim_nationality (
    iso3          CHAR(3)      NOT NULL PRIMARY KEY,
    iso2          CHAR(2),
    numeric_code  CHAR(3),
    name_en       VARCHAR(200) NOT NULL
);

-- Month-level reconciliation, kept per run so an analyst sees when a mismatch appeared and went.
CREATE TABLE reconciliation_run (
    run_id     BIGINT AUTO_INCREMENT PRIMARY KEY,
    ran_at     TIMESTAMP(3) NULL,
    matched    INT NOT NULL,
    mismatched INT NOT NULL
);

CREATE TABLE reconciliation_result (
    run_id            BIGINT       NOT NULL,
    period            CHAR(7)      NOT NULL,
    nationality_iso3  CHAR(3)      NOT NULL,
    measure           VARCHAR(20)  NOT NULL,
    published         BIGINT       NOT NULL,
    detailed          BIGINT       NOT NULL,
    status            VARCHAR(10)  NOT NULL,
    PRIMARY KEY (run_id, period, nationality_iso3, measure)
);

-- One run at a time, across processes and machines sharing the database.
CREATE TABLE run_lock (
    lock_name     VARCHAR(40)  NOT NULL PRIMARY KEY,
    holder        VARCHAR(200),
    heartbeat_at  TIMESTAMP(3) NULL
);
INSERT INTO run_lock (lock_name, holder, heartbeat_at) VALUES ('nightly', NULL, NULL);
