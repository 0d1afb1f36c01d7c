/**
 * Chart colours: calm, told apart in print and by most colour-blind readers,
 * with meaning where the data has one (outcome, risk).
 */
export const SERIES = {
  total: '#1f5a8c',
  closed: '#5b8fb9',
  resolved: '#2e7d32',
  previous: '#9fb3c4',
  lastYear: '#c9a24a',
} as const;

export const OUTCOME_COLORS: Record<string, string> = {
  resolved: '#2e7d32',
  guided: '#ed8b00',
  transferred: '#5b8fb9',
  pending: '#a7adb3',
};

export const RISK_COLORS: Record<string, string> = { high: '#c62828', medium: '#ed8b00', low: '#2e7d32' };

export const DIFFICULTY_COLORS: Record<string, string> = {
  simple: '#9cc2e0',
  general: '#5b8fb9',
  complex: '#2f6a99',
  major: '#173f63',
};

/** 查阅 / 借出 / 复制: on site calm, taken out warm (it leaves the room), copies in between. */
export const LOAN_MODE_COLORS = { readings: '#5b8fb9', borrowings: '#c9a24a', copies: '#2e7d32' } as const;

/**
 * Value labels beside bars and pie slices. Recharts draws a label in its bar's
 * own fill by default, which is unreadable for the light series (上期, 去年同期,
 * 简单, 待办); labels sit outside the shapes, on the page, so they take the
 * text colour (issue 13, item 14).
 */
export const LABEL_TEXT = '#1d2833';
export const barLabel = (position: 'top' | 'right') => ({ position, fontSize: 12, fill: LABEL_TEXT });
export const PIE_LABEL = { fontSize: 12, fill: LABEL_TEXT };
