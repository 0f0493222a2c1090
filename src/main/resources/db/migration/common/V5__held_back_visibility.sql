-- Arrival order is the file's modification time to the nanosecond, as the inbox sorts it (a TIMESTAMP
-- keeps milliseconds only): two files saved within one millisecond still arrive in the right order.
ALTER TABLE source_file ADD COLUMN modified_nanos BIGINT;
UPDATE source_file SET modified_nanos = 0 WHERE modified_nanos IS NULL;

-- Which held-back rows still need a person. A row stays until a replay loads it, or until a file that
-- arrived later is current for the row's day / month / case (the row's part of the record was replaced).
-- A row whose period is unknown (its date could not be read) stays until its whole load is superseded.
-- Replay works on exactly these rows.
CREATE VIEW held_row_visible AS
SELECT h.load_id, h.source_row
FROM held_row h
JOIN file_load l ON l.load_id = h.load_id AND l.state = 'PUBLISHED'
JOIN source_file f ON f.file_id = l.file_id
WHERE h.replayed_at IS NULL
  AND ((h.period_key IS NULL AND l.superseded_by IS NULL)
    OR (h.period_key IS NOT NULL AND NOT EXISTS (
        SELECT 1
        FROM load_period lp
        JOIN file_load l2 ON l2.load_id = lp.load_id
        JOIN source_file f2 ON f2.file_id = l2.file_id
        WHERE lp.feed = l.feed AND lp.period_key = h.period_key AND lp.is_current = TRUE
          AND lp.load_id <> h.load_id
          AND (f2.modified_nanos > f.modified_nanos
               OR (f2.modified_nanos = f.modified_nanos AND f2.source_file > f.source_file)
               OR (f2.modified_nanos = f.modified_nanos AND f2.source_file = f.source_file AND f2.file_id > f.file_id)))));

DROP VIEW rpt_held_back;

CREATE VIEW rpt_held_back AS
SELECT l.feed, f.source_file, h.source_row, h.sheet, h.reason, h.raw_record
FROM held_row_visible v
JOIN held_row h ON h.load_id = v.load_id AND h.source_row = v.source_row
JOIN file_load l ON l.load_id = h.load_id
JOIN source_file f ON f.file_id = l.file_id;
