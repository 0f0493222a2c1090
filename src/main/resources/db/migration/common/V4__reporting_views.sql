-- The warehouse users' API. Names and columns are stable; only current, whole loads are visible.
-- A row is current when its load is published and no later-arriving published load of the same
-- feed speaks for the same day / month / case (load_period.is_current).

CREATE VIEW rpt_deportations AS
SELECT d.deportation_date, d.nationality_iso3, d.sex, d.status, d.exit_point, COUNT(*) AS persons
FROM deportation d
JOIN load_period lp ON lp.load_id = d.load_id AND lp.period_key = d.period_key AND lp.is_current = TRUE
GROUP BY d.deportation_date, d.nationality_iso3, d.sex, d.status, d.exit_point;

CREATE VIEW rpt_arrests AS
SELECT a.operation_id, a.operation_date, a.province, a.nationality_iso3, a.suspects_arrested,
       a.of_which_female, a.victims_rescued
FROM arrest a
JOIN load_period lp ON lp.load_id = a.load_id AND lp.period_key = a.period_key AND lp.is_current = TRUE;

CREATE VIEW rpt_court_cases AS
SELECT c.court, c.case_no, c.filing_date, c.verdict_date, c.status, c.defendants, c.convicted,
       c.max_sentence_years
FROM court_case c
JOIN load_period lp ON lp.load_id = c.load_id AND lp.period_key = c.period_key AND lp.is_current = TRUE;

CREATE VIEW rpt_court_case_history AS
SELECT c.court, c.case_no, c.status, c.convicted, f.source_file, l.published_at AS loaded_at
FROM court_case c
JOIN file_load l ON l.load_id = c.load_id AND l.state = 'PUBLISHED'
JOIN source_file f ON f.file_id = l.file_id;

CREATE VIEW rpt_court_defendants AS
SELECT c.court, c.case_no, cd.nationality_iso3, cd.defendants
FROM court_defendant cd
JOIN court_case c ON c.load_id = cd.load_id AND c.source_row = cd.source_row
JOIN load_period lp ON lp.load_id = c.load_id AND lp.period_key = c.period_key AND lp.is_current = TRUE;

CREATE VIEW rpt_published_stats AS
SELECT p.period, p.nationality_iso3, p.arrested, p.deported, p.victims_rescued
FROM published_stat p
JOIN load_period lp ON lp.load_id = p.load_id AND lp.period_key = p.period_key AND lp.is_current = TRUE;

-- Published figures and detailed feeds, one row per month, nationality and measure.
CREATE VIEW rcn_published AS
SELECT period, nationality_iso3, 'arrested' AS measure, SUM(COALESCE(arrested, 0)) AS amount
FROM rpt_published_stats GROUP BY period, nationality_iso3
UNION ALL
SELECT period, nationality_iso3, 'deported' AS measure, SUM(COALESCE(deported, 0)) AS amount
FROM rpt_published_stats GROUP BY period, nationality_iso3;

CREATE VIEW rcn_detailed AS
SELECT a.period_month AS period, a.nationality_iso3, 'arrested' AS measure, SUM(a.suspects_arrested) AS amount
FROM arrest a
JOIN load_period lp ON lp.load_id = a.load_id AND lp.period_key = a.period_key AND lp.is_current = TRUE
GROUP BY a.period_month, a.nationality_iso3
UNION ALL
SELECT d.period_month AS period, d.nationality_iso3, 'deported' AS measure, COUNT(*) AS amount
FROM deportation d
JOIN load_period lp ON lp.load_id = d.load_id AND lp.period_key = d.period_key AND lp.is_current = TRUE
GROUP BY d.period_month, d.nationality_iso3;

CREATE VIEW rpt_reconciliation AS
SELECT k.period, k.nationality_iso3, k.measure,
       COALESCE(p.amount, 0) AS published,
       COALESCE(d.amount, 0) AS detailed,
       COALESCE(p.amount, 0) - COALESCE(d.amount, 0) AS difference,
       CASE WHEN COALESCE(p.amount, 0) = COALESCE(d.amount, 0) THEN 'MATCH' ELSE 'MISMATCH' END AS status
FROM (
    SELECT period, nationality_iso3, measure FROM rcn_published
    UNION
    SELECT period, nationality_iso3, measure FROM rcn_detailed
    WHERE period IN (SELECT period FROM rpt_published_stats)
) k
LEFT JOIN rcn_published p ON p.period = k.period AND p.nationality_iso3 = k.nationality_iso3 AND p.measure = k.measure
LEFT JOIN rcn_detailed d ON d.period = k.period AND d.nationality_iso3 = k.nationality_iso3 AND d.measure = k.measure;

CREATE VIEW rpt_reconciliation_runs AS
SELECT r.run_id, r.ran_at, x.period, x.nationality_iso3, x.measure, x.published, x.detailed,
       x.published - x.detailed AS difference, x.status
FROM reconciliation_run r
JOIN reconciliation_result x ON x.run_id = r.run_id;

CREATE VIEW rpt_held_back AS
SELECT l.feed, f.source_file, h.source_row, h.sheet, h.reason, h.raw_record
FROM held_row h
JOIN file_load l ON l.load_id = h.load_id AND l.state = 'PUBLISHED' AND l.superseded_by IS NULL
JOIN source_file f ON f.file_id = l.file_id
WHERE h.replayed_at IS NULL;

CREATE VIEW rpt_files AS
SELECT f.feed, f.source_file, f.sha256,
       CASE WHEN l.superseded_by IS NOT NULL THEN 'SUPERSEDED'
            WHEN f.status = 'LOADED' AND l.state <> 'PUBLISHED' THEN l.state
            ELSE f.status END AS status,
       l.rows_read, l.rows_loaded, l.rows_held_back, l.published_at AS loaded_at,
       f.status_detail, dup.source_file AS duplicate_of, sup.source_file AS superseded_by,
       l.check_status, l.check_detail
FROM source_file f
LEFT JOIN file_load l ON l.load_id = (SELECT MAX(l2.load_id) FROM file_load l2 WHERE l2.file_id = f.file_id)
LEFT JOIN source_file dup ON dup.file_id = f.duplicate_of
LEFT JOIN file_load sl ON sl.load_id = l.superseded_by
LEFT JOIN source_file sup ON sup.file_id = sl.file_id;

CREATE VIEW rpt_file_checks AS
SELECT l.feed, f.source_file, c.source, c.nationality_iso3, c.measure, c.declared, c.loaded, c.held_back,
       c.declared - c.loaded AS difference, c.status
FROM file_check c
JOIN file_load l ON l.load_id = c.load_id
JOIN source_file f ON f.file_id = l.file_id;
