/**
 * 004: two ledger indexes the measurements asked for (bench/ledger.ts at
 * 100 000 cases): "只看重大" pages took 32–53 ms without a partial index on
 * major cases (0.3 ms with it), and sorting the whole ledger by amount 7–12 ms
 * (0.12 ms with an index on amount_cents).
 */
export const sql = `
CREATE INDEX cases_major ON cases (status, deadline) WHERE major = 1;
CREATE INDEX cases_amount ON cases (amount_cents);
`;
