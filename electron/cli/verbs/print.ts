import type { FileOutput } from '../../../shared/api/contract';
import type { Clock } from '../../../shared/clock';
import type { CaseDetail } from '../../../shared/cases/schemas';
import {
  JUDICIAL_VARIANTS,
  MEDIATION_DOCUMENTS,
  type JudicialVariant,
  type MediationDocument,
} from '../../../shared/mediation/codes';
import type { MediationDetail } from '../../../shared/mediation/schemas';
import { AppError } from '../../core/errors';
import { asAccount, type AccountSession } from '../account';
import { positiveFlag, requiredFlag, stringFlag, UsageError, type Flags } from '../io';
import { ARCHIVE_PRINTS } from './printArchive';
import { printDutyLogVerb } from './dutylog';
import { printHandoverVerb } from './printHandover';
import { printRosterVerb } from './roster';
import { printFootageVerb } from './footage';

/** `print <what>` → the document of `mediation:print-document` (the agreement and the dossier have their own calls). */
const DOCUMENTS: Record<string, MediationDocument> = {
  application: 'application',
  register: 'register',
  rights: 'rightsNotice',
  record: 'session',
  oral: 'oral',
  notice: 'termination',
  followup: 'followUp',
  judicial: 'judicial',
  dossier: 'dossier',
};
const WHAT = ['agreement', ...Object.keys(DOCUMENTS)];

/** Prints other than a mediation's: the archive's (printArchive.ts), the duty roster's (roster.ts) and the duty log's (dutylog.ts). */
const OTHER_PRINTS: Record<string, (flags: Flags, clock: Clock) => Promise<void>> = {
  ...ARCHIVE_PRINTS,
  roster: printRosterVerb,
  footage: printFootageVerb,
  dutylog: printDutyLogVerb,
  handover: printHandoverVerb,
};

/** Only for the sub-verb that uses it: a flag given elsewhere is a mistake worth saying. */
const ONLY: Record<string, string> = {
  copy: 'agreement',
  session: 'record',
  variant: 'judicial',
  mine: 'roster',
};

/** The case's latest mediation (`mediation:for-case` lists the newest first), or a plain refusal. */
async function latestMediation(s: AccountSession, code: string): Promise<MediationDetail> {
  const c = await s.call<CaseDetail>('cases:get-by-code', { code });
  const list = await s.call<MediationDetail[]>('mediation:for-case', { caseId: c.id });
  const m = list[0];
  if (!m) throw new AppError('NOT_FOUND', `案件 ${code} 没有人民调解记录，无调解文书可打印。`);
  return m;
}

/** 调解协议书: the version in force, else the latest (a draft prints with its number assigned at first print). */
async function printAgreement(s: AccountSession, m: MediationDetail, copy: number | undefined) {
  const a = m.agreements.find((v) => v.status === 'signed') ?? m.agreements[0];
  if (!a) throw new AppError('NOT_FOUND', `案件 ${m.caseCode} 的调解尚未起草调解协议。`);
  const file = await s.call<FileOutput>('mediation:print-agreement', {
    agreementId: a.id,
    ...(copy ? { copy } : {}),
  });
  const number = (await s.call<MediationDetail>('mediation:get', { id: m.id })).agreements.find(
    (v) => v.id === a.id,
  )?.number;
  return { file, what: `调解协议书${number ?? ''}${copy ? `（第${copy}份）` : '（全部份数）'}` };
}

/** 卷宗封面及卷内目录: a job of the core (its catalogue may render every document to count pages). */
async function printDossier(s: AccountSession, m: MediationDetail) {
  return {
    file: await s.job<FileOutput>('mediation:print-dossier', { id: m.id }),
    what: MEDIATION_DOCUMENTS.dossier,
  };
}

async function printDocument(
  s: AccountSession,
  m: MediationDetail,
  document: MediationDocument,
  options: { session?: number | undefined; variant?: JudicialVariant | undefined },
) {
  let itemId: number | undefined;
  let what: string = MEDIATION_DOCUMENTS[document];
  if (document === 'session') {
    const sitting = options.session
      ? m.sessions.find((x) => x.no === options.session)
      : m.sessions[m.sessions.length - 1];
    if (!sitting)
      throw new AppError(
        'NOT_FOUND',
        options.session
          ? `没有第 ${options.session} 次调解记录（本调解共 ${m.sessions.length} 次）。`
          : '本调解还没有调解记录。',
      );
    itemId = sitting.id;
    what = `${what}（第${sitting.no}次）`;
  } else if (document === 'followUp') {
    const visits = m.followUps
      .filter((f) => f.visitedAt)
      .sort((x, y) => x.visitedAt!.localeCompare(y.visitedAt!));
    const last = visits[visits.length - 1];
    if (!last) throw new AppError('NOT_FOUND', '本调解还没有已记录的回访。');
    itemId = last.id;
  }
  const file = await s.call<FileOutput>('mediation:print-document', {
    mediationId: m.id,
    document,
    ...(itemId ? { itemId } : {}),
    ...(options.variant ? { variant: options.variant } : {}),
  });
  return { file, what };
}

/**
 * `print agreement|application|register|rights|record|oral|notice|followup|judicial|dossier
 * --case CODE --out F.pdf`: a document of the case's latest mediation, through
 * the same core calls as the app — so an agreement's print is logged (who,
 * when, which copies) and audited, under the account whose password is given.
 * `print catalogue|loans|recall|spine` print the archive's documents (printArchive.ts),
 * `print roster` the month's duty roster (roster.ts), `print footage` the footage register (footage.ts),
 * `print dutylog` the month's duty log (dutylog.ts),
 * `print handover` one 交接班记录 (printHandover.ts).
 */
export async function printVerb(flags: Flags, args: string[], clock: Clock): Promise<void> {
  const what = args[0];
  const other = what ? OTHER_PRINTS[what] : undefined;
  if (!what || (!WHAT.includes(what) && !other))
    throw new UsageError(`请指明打印内容：print ${[...WHAT, ...Object.keys(OTHER_PRINTS)].join(' | ')}`);
  for (const [flag, owner] of Object.entries(ONLY))
    if (flags.has(flag) && what !== owner) throw new UsageError(`参数 --${flag} 只用于 print ${owner}。`);
  if (other) return other(flags, clock);
  const code = requiredFlag(flags, 'case');
  const copy = positiveFlag(flags, 'copy');
  const session = positiveFlag(flags, 'session');
  const variant = stringFlag(flags, 'variant');
  if (variant !== undefined && !(variant in JUDICIAL_VARIANTS))
    throw new UsageError(`参数 --variant 应为 ${Object.keys(JUDICIAL_VARIANTS).join(' 或 ')}。`);
  await asAccount(flags, clock, '打印', async (s) => {
    const m = await latestMediation(s, code);
    const printed =
      what === 'agreement'
        ? await printAgreement(s, m, copy)
        : what === 'dossier'
          ? await printDossier(s, m)
          : await printDocument(s, m, DOCUMENTS[what]!, {
              session,
              variant: variant as JudicialVariant | undefined,
            });
    return { file: printed.file, line: `已打印${printed.what}（案件 ${code}）` };
  });
}
