import { performance } from 'node:perf_hooks';

export interface Figure {
  name: string;
  unit: 'ms';
  value: number;
  baselineName?: string;
  baseline?: number;
  ratio?: number;
  budget?: string;
  withinBudget?: boolean;
}

/** Runs `fn` n times after `warm` warm-ups; returns the p50 and p95 in ms. */
export async function sample(fn: () => unknown, n: number, warm = 3): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < warm; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: at(0.5), p95: at(0.95) };
}

export function figure(
  name: string,
  value: number,
  baseline?: { name: string; value: number },
  budget?: { text: string; ok: boolean },
): Figure {
  return {
    name,
    unit: 'ms',
    value: round(value),
    ...(baseline
      ? { baselineName: baseline.name, baseline: round(baseline.value), ratio: round(value / baseline.value) }
      : {}),
    ...(budget ? { budget: budget.text, withinBudget: budget.ok } : {}),
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** One figure a line: its value, its baseline and the ratio, its budget met or missed. */
export function printFigures(figures: Figure[]): void {
  for (const f of figures)
    console.log(
      `${f.name}: ${f.value} ms${f.baseline !== undefined ? `  (baseline ${f.baselineName}: ${f.baseline} ms, ratio ${f.ratio}×)` : ''}${f.budget ? `  budget ${f.budget}: ${f.withinBudget ? 'met' : 'MISSED'}` : ''}`,
    );
}

/** One part of the bench run alone (`npm exec -- tsx bench/<part>.ts`): its figures printed; a failure printed, exit code 1. */
export function runAlone(bench: () => Promise<Figure[]>): void {
  bench()
    .then(printFigures)
    .catch((err: unknown) => {
      console.error(err);
      process.exit(1);
    });
}
