-- H2 stores Unicode and compares case-sensitively by default: nothing to do (kept so that both
-- databases run the same sequence of versions).
SELECT 1;
