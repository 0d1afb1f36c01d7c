import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Core } from '../electron/core/app';
import { startHttpHost } from '../electron/core/host/httpHost';
import { silentLogger } from '../electron/core/logger';
import { figure, type Figure } from './measure';

const RENDERER = resolve(import.meta.dirname, '..', 'out', 'renderer');

/**
 * "Renderer: ledger page shown after navigation, 100 000 cases" (design.md
 * budget ≤ 500 ms in Chromium): the built renderer over the HTTP host on the
 * bench's own core (already signed in), timed from the click on 矛盾纠纷台账 to
 * the first data row on screen. Needs `npm run build:renderer` and Debian's Chromium.
 */
export async function rendererLedgerFigures(core: Core, log: (line: string) => void): Promise<Figure[]> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(resolve(RENDERER, 'index.html')) || !existsSync(executablePath)) {
    log('renderer ledger: skipped (run npm run build:renderer; needs /usr/bin/chromium)');
    return [];
  }
  const host = await startHttpHost({ core, staticDir: RENDERER, log: silentLogger });
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN' });
    await page.goto(host.openUrl);
    const nav = page.getByRole('navigation').getByRole('button', { name: '矛盾纠纷台账', exact: true });
    const home = page.getByRole('navigation').getByRole('button', { name: '工作台', exact: true });
    await nav.waitFor();
    const times: number[] = [];
    for (let i = 0; i < 6; i++) {
      await home.click();
      await page.getByRole('heading', { level: 1, name: /^您好/ }).waitFor();
      const started = performance.now();
      await nav.click();
      await page.getByRole('grid').getByRole('row').nth(1).waitFor();
      times.push(performance.now() - started);
    }
    const cold = times[0]!;
    const warm = times.slice(1).sort((a, b) => a - b);
    const median = warm[Math.floor(warm.length / 2)]!;
    return [
      figure('renderer: ledger shown after navigation, first visit (Chromium)', cold, undefined, {
        text: '≤ 500 ms',
        ok: cold <= 500,
      }),
      figure(
        'renderer: ledger shown after navigation, later visits (Chromium, median of 5)',
        median,
        undefined,
        {
          text: '≤ 500 ms',
          ok: median <= 500,
        },
      ),
    ];
  } finally {
    await browser.close();
    await host.close();
  }
}
