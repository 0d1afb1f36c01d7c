/**
 * 003: an index for the monthly statistics (features/stats). Each month's
 * figures read registered_at, closed_at, outcome, deadline, amount_cents,
 * major and risk of the month's cases; with all of them in one index the
 * range scan never visits the (wide) case rows. Measured at 100 000 cases
 * (bench/stats.ts): without it a year of statistics took 39 ms p50 / 59 ms
 * p95 and three years 64 ms, over the ~50 ms a call may block the window
 * (design.md, performance budget).
 */
export const sql = `
CREATE INDEX cases_stats ON cases (registered_at, closed_at, outcome, deadline, amount_cents, major, risk);
`;
