-- Least-privilege database users for Tonle's warehouse on MariaDB (or MySQL).
--
-- Placeholders, replaced before the file is applied by an administrator:
--   ${schema}            the warehouse schema (e.g. tonle)
--   ${loader_password}   tonle_loader's password (Tonle's SPRING_DATASOURCE_PASSWORD)
--   ${report_password}   tonle_report's password (analysts' tools)
--
-- The file has two parts. Part 1 creates the schema and the loader; part 2 grants the reporting
-- user the rpt_ views and dim_ tables, which exist only once Tonle has migrated the schema (MariaDB
-- refuses a grant on a table that does not exist). So:
--   1. before the first load, apply part 1:
--        sed -e 's/${schema}/tonle/g' -e "s/\${loader_password}/$LOADER_PW/g" \
--            -e "s/\${report_password}/$REPORT_PW/g" config/mysql/grants.sql \
--          | sed '/^-- @@ part 2/,$d' | mariadb -u root
--   2. run Tonle once as tonle_loader (./tonle status is enough: it migrates the schema);
--   3. apply the whole file (part 1 again is harmless): the same command without the second sed.
-- Apply it again whenever an upgrade adds an rpt_ view or a dim_ table (and add its GRANT here: a
-- test fails when a view has none).
--
-- Why the reporting user needs nothing on the base tables: a MariaDB/MySQL view runs with
-- SQL SECURITY DEFINER unless it says otherwise, and its DEFINER is the user who created it. Tonle's
-- views are created by Flyway connected as tonle_loader, so they read the base tables with the
-- loader's rights, and tonle_report only needs SELECT on the views themselves. Do not run Tonle's
-- migrations as an account that is later dropped: views whose definer is gone stop working.
-- '%' lets both users connect from any host; narrow it (e.g. 'tonle_report'@'10.0.%') where you can.

-- ---------------------------------------------------------------------------------------------
-- part 1: the schema and the loader, which owns it (and nothing else: no global privileges, no
-- GRANT OPTION, no other schema)
CREATE DATABASE IF NOT EXISTS `${schema}` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE USER IF NOT EXISTS 'tonle_loader'@'%' IDENTIFIED BY '${loader_password}';
GRANT ALL PRIVILEGES ON `${schema}`.* TO 'tonle_loader'@'%';
CREATE USER IF NOT EXISTS 'tonle_report'@'%' IDENTIFIED BY '${report_password}';

-- @@ part 2: after the schema exists ------------------------------------------------------------
-- tonle_report: SELECT on the analysts' API and nothing more. Not granted on purpose: the base
-- tables (deportation, person_name, held_row, source_file, ...), the rcn_ helper views, Spring
-- Batch's tables and flyway_schema_history.
GRANT SELECT ON `${schema}`.rpt_files TO 'tonle_report'@'%';
GRANT SELECT ON `${schema}`.rpt_deportations TO 'tonle_report'@'%';
GRANT SELECT ON `${schema}`.rpt_arrests TO 'tonle_report'@'%';
GRANT SELECT ON `${schema}`.rpt_court_cases TO 'tonle_report'@'%';
GRANT SELECT ON `${schema}`.rpt_court_case_history TO 'tonle_report'@'%';
GRANT SELECT ON `${schema}`.rpt_court_defendants TO 'tonle_report'@'%';
GRANT SELECT ON `${schema}`.rpt_published_stats TO 'tonle_report'@'%';
GRANT SELECT ON `${schema}`.rpt_reconciliation TO 'tonle_report'@'%';
GRANT SELECT ON `${schema}`.rpt_reconciliation_runs TO 'tonle_report'@'%';
GRANT SELECT ON `${schema}`.rpt_held_back TO 'tonle_report'@'%';
GRANT SELECT ON `${schema}`.rpt_file_checks TO 'tonle_report'@'%';
GRANT SELECT ON `${schema}`.dim_nationality TO 'tonle_report'@'%';
