import type { CaseStats, PeriodFigures } from '../../../../shared/stats/schemas';
import { FigureCards, figuresOf, type FigureSpec } from './FigureCards';

const CARDS: FigureSpec<PeriodFigures>[] = [
  { label: '受理', format: 'count', of: (p) => p.total },
  { label: '办结', format: 'count', of: (p) => p.closed },
  { label: '化解成功率', format: 'rate', of: (p) => p.successRate },
  { label: '按期办结率', format: 'rate', of: (p) => p.onTimeRate },
  { label: '涉及金额（元）', name: '涉及金额', format: 'yuan', of: (p) => p.amountTotal },
  { label: '重大纠纷', format: 'count', of: (p) => p.major },
];

/** The headline figures of the period, each with 环比 and 同比. */
export function SummaryCards({ stats }: { stats: CaseStats }) {
  return <FigureCards figures={figuresOf(CARDS, stats)} />;
}
