import type { Db } from '../../db/open';
import type { Retention } from '../../../../shared/archive/codes';
import type { DossierEntry } from '../../../../shared/mediation/schemas';
import { stmt } from '../cases/cases.queries';
import { getSettings } from '../settings/settings.queries';
import { attachItemFile } from './archive.files';
import { fileItem } from './archive.items';
import { getArchiveSettings } from './archive.settings';

/** The 门类 mediation dossiers are filed under (shipped in the dictionary; the director may rename it). */
export const DOSSIER_CATEGORY = 'TJ';

/**
 * 结案归卷 files the dossier as a catalogue item (domain.md, cross-module
 * links: mediation closed → dossier → archive item), in the closing
 * transaction: 题名 the dossier's name, 文号 its 卷号, 责任者 the committee,
 * the 卷内目录 as its contents. A dossier holds the parties' personal data,
 * so it is 内部 by default. Returns the 档号.
 */
export function fileMediationDossier(
  db: Db,
  d: {
    mediationId: number;
    caseId: number;
    title: string;
    number: string;
    retention: Retention;
    closedOn: string;
    entries: DossierEntry[];
  },
  actorName: string,
  at: string,
): string {
  const filed = stmt(db, 'SELECT code FROM archive_items WHERE mediation_id = ?').get(d.mediationId) as
    { code: string } | undefined;
  if (filed) return filed.code;
  const settings = getSettings(db);
  const { code } = fileItem(
    db,
    getArchiveSettings(db),
    {
      title: d.title,
      categoryCode: DOSSIER_CATEGORY,
      year: Number(d.closedOn.slice(0, 4)),
      retention: d.retention,
      classification: 'internal',
      docNumber: d.number,
      responsible: settings.committeeName || settings.centreName || '人民调解委员会',
      date: d.closedOn,
      pages: d.entries.reduce((n, e) => n + e.pages, 0),
      note: undefined,
    },
    actorName,
    at,
    {
      link: {
        caseId: d.caseId,
        mediationId: d.mediationId,
        contents: d.entries.map((e) => ({ title: e.title, pages: e.pages, range: e.range })),
      },
    },
  );
  return code;
}

/** The 门类 the month's duty log is filed under (值班记录, shipped in the dictionary). */
export const DUTY_LOG_CATEGORY = 'ZB';

/**
 * The month's video-monitoring duty log filed as a catalogue item (issue 12
 * §8), numbered through fileItem like every item, 10 years (D10: a routine
 * record of the centre's work), 内部 (it names callers and places), dated the
 * month's last day; the printed PDF is its electronic file. Returns the item.
 */
export function fileDutyLogItem(
  db: Db,
  d: {
    month: string;
    lastDay: string;
    pages: number;
    file: { fileName: string; data: Buffer; sha256: string };
  },
  actor: { id: number; name: string },
  at: string,
): { id: number; code: string } {
  const settings = getSettings(db);
  const year = Number(d.month.slice(0, 4));
  const item = fileItem(
    db,
    getArchiveSettings(db),
    {
      title: `${settings.centreName}${year}年${Number(d.month.slice(5, 7))}月视频监控值班记录`,
      categoryCode: DUTY_LOG_CATEGORY,
      year,
      retention: 'D10',
      classification: 'internal',
      docNumber: undefined,
      responsible: settings.centreName || '综治中心',
      date: d.lastDay,
      pages: d.pages,
      note: undefined,
    },
    actor.name,
    at,
  );
  attachItemFile(db, item.id, { ...d.file, mime: 'application/pdf' }, at, actor.id);
  return item;
}
