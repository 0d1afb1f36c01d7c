import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Files saved by LibreOffice Calc for the import tests (issue 14): headless
 * `soffice` re-saves a generated workbook the way an office's LibreOffice
 * would, so the fixture is LibreOffice's own output, never a hand-edited binary.
 */

/** Debian's `libreoffice-calc` puts `soffice` on PATH (/usr/bin/soffice). */
export function sofficePath(): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of ['soffice', 'libreoffice']) {
      const path = join(dir, name);
      if (existsSync(path)) return path;
    }
  }
  return null;
}

/** What to say when there is none; `.ci/run` installs it. */
export const SOFFICE_MISSING =
  '找不到 LibreOffice（soffice）：请安装 Debian 的 libreoffice-calc（apt-get install libreoffice-calc）';

/**
 * A fresh profile per conversion: two test files converting at once never
 * share one (soffice refuses a profile another instance holds), and the
 * locale is set in it rather than taken from the machine — an office's
 * LibreOffice in zh-CN writes dates into CSV as 2024/1/5, an en-US one as
 * 1/5/2024, which no importer may guess at.
 */
async function throwawayProfile(locale: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lo-profile-'));
  await mkdir(join(dir, 'user'));
  await writeFile(
    join(dir, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${locale}</value></prop></item>
</oor:items>
`,
  );
  return dir;
}

/** The first start builds the profile and can take half a minute on a busy two-core machine. */
const TIMEOUT_MS = 120_000;

/**
 * Converts `file` with headless LibreOffice and returns the path of the file
 * it wrote, in a new folder beside `file`. `target` is soffice's
 * `--convert-to` argument: `'xlsx:Calc MS Excel 2007 XML'`, or
 * `'csv:Text - txt - csv (StarCalc):44,34,76'` (comma, double quote, UTF-8;
 * 85 for GB18030).
 */
export async function convertWith(file: string, target: string, locale = 'zh-CN'): Promise<string> {
  const soffice = sofficePath();
  if (!soffice) throw new Error(SOFFICE_MISSING);
  const profile = await throwawayProfile(locale);
  // Beside the source, so removing the test's temp folder removes it too.
  const outDir = await mkdtemp(join(dirname(file), 'libreoffice-'));
  try {
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      target,
      '--outdir',
      outDir,
      file,
    ];
    const log = await new Promise<string>((resolve, reject) =>
      execFile(soffice, args, { timeout: TIMEOUT_MS }, (error, stdout, stderr) =>
        error
          ? reject(new Error(`soffice ${target} 失败：${error.message}\n${stdout}${stderr}`))
          : resolve(`${stdout}${stderr}`),
      ),
    );
    // soffice exits 0 even when it could not load or write the file: the output is the proof.
    const ext = target.split(':')[0]!;
    const out = join(outDir, `${basename(file, extname(file))}.${ext}`);
    if (!existsSync(out))
      throw new Error(
        `soffice 未写出 ${out}（输出目录中有：${(await readdir(outDir)).join('、') || '无'}）\n${log}`,
      );
    return out;
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}
