/**
 * 009: loans by state in application order (bench/archive.ts at 30 000 loans).
 * 007's partial indexes serve only queries whose WHERE repeats theirs word for
 * word: `status = 'approved'` (工作台's 待出借) does not imply `status IN
 * ('requested', 'approved')`, and a bound `status IN (?)` (the loans page's
 * state filter) implies nothing, so SQLite scanned every loan — 10–30 ms for
 * the desk under load. A full (status, id) index serves them all.
 */
export const sql = `
CREATE INDEX archive_loans_status ON archive_loans (status, id);
`;
