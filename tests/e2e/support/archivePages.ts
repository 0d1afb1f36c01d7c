import { expect, type Page } from '@playwright/test';

/** Page model of 档案目录 (the catalogue tab, the filing dialog, the item page). */
export const archivePage = {
  grid: (page: Page) => page.getByRole('grid', { name: '档案目录' }),
  dialog: (page: Page) => page.getByRole('dialog'),
  /** Types into the search box as a handheld scanner does: the code, then Enter. */
  async scan(page: Page, code: string) {
    const search = page.getByLabel('搜索题名、档号、文号、责任者（可扫码）');
    await search.fill(code);
    await search.press('Enter');
  },
  async expectItem(page: Page, code: string) {
    await expect(page.getByRole('heading', { level: 1, name: `档案 ${code}` })).toBeVisible();
  },
  /** Saves the filing dialog and answers with the 档号 it shows. */
  async file(page: Page): Promise<string> {
    const dialog = archivePage.dialog(page);
    await dialog.getByRole('button', { name: '归档', exact: true }).click();
    await expect(dialog.getByRole('heading', { name: '已归档' })).toBeVisible();
    return (await dialog.getByTestId('filed-code').textContent()) ?? '';
  },
};

/**
 * A one-page PDF drawn without fonts (a framed page), as a scanner's PDF
 * stands in: small, valid, with the cross-reference table pdf.js checks.
 */
export function scannedPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
  ];
  const drawing = '4 w 50 50 495 742 re S 100 700 m 495 700 l S';
  objects.push(`<< /Length ${drawing.length} >>\nstream\n${drawing}\nendstream`);
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const at of offsets) body += `${String(at).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
