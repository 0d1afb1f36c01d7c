import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recoveryKeyRows } from '../../shared/recoveryKey';
import { initialisedCore, value } from '../support/archive';
import { pdfFontNames, pdfTextItems, pdfPages } from '../support/pdf';

/**
 * Issue 13 item 11: the printed recovery key never breaks inside a group.
 * Read back from the sheet the core makes: every group is one run of text of
 * its own, and the key's lines are three groups each, in the key's order.
 */
describe('恢复密钥打印页', () => {
  let a: Awaited<ReturnType<typeof initialisedCore>>;
  beforeAll(async () => {
    a = await initialisedCore();
  });
  afterAll(() => a.cleanup());

  it('prints every group whole, three to a line, in order, in a monospace face', async () => {
    const sheet = value(await a.api.setup.recoveryKeySheet({ recoveryKey: a.recoveryKey }));
    const bytes = Buffer.from(sheet.base64, 'base64');
    expect(await pdfPages(bytes)).toHaveLength(1);

    const groups = a.recoveryKey.split('-');
    expect(groups).toHaveLength(9);
    const items = await pdfTextItems(bytes);
    const runs = items.filter((item) => /^[0-9A-Z]{1,4}$/.test(item.str.trim()));
    // Each group exactly once, as a whole run; no run holds part of a group.
    expect(runs.map((run) => run.str.trim())).toEqual(groups);

    // Lines: the runs grouped by their baseline; each line is a row of the key, dashes only inside it.
    const lines = new Map<number, string[]>();
    for (const item of items) {
      if (!/^[0-9A-Z-]{1,4}$/.test(item.str.trim())) continue;
      const y = Math.round(item.y);
      lines.set(y, [...(lines.get(y) ?? []), item.str.trim()]);
    }
    const rows = [...lines.values()].map((line) => line.join(''));
    expect(rows).toEqual(recoveryKeyRows(a.recoveryKey).map((row) => row.join('-')));
    expect(rows).toHaveLength(3);
    // In a monospace face, beside the body font of the words around it.
    expect(pdfFontNames(bytes)).toEqual(expect.arrayContaining(['RobotoMono-Bold', 'NotoSerifSC-Bold']));
  });
});
