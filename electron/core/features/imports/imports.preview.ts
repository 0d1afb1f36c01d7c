import { CLASSIFICATIONS, formatArchiveCode, RETENTIONS } from '../../../../shared/archive/codes';
import type { ArchiveSettings } from '../../../../shared/archive/schemas';
import { CASE_STATUSES } from '../../../../shared/cases/status';
import { formatTableDateTime } from '../../../../shared/dates';
import type { CatalogueRow } from '../../../../shared/import/catalogueRow';
import type { LedgerRow } from '../../../../shared/import/ledgerRow';
import type { PreviewSpec } from './imports.report';

/** The ledger's preview: enough of each case to see the columns went where they should. */
export const ledgerPreview = (categories: ReadonlyMap<number, string>): PreviewSpec<LedgerRow> => ({
  columns: [
    { label: '原编号', targets: ['legacyCode'] },
    { label: '登记时间', targets: ['registeredAt'] },
    { label: '当事人', targets: ['parties', 'applicant', 'respondent'] },
    { label: '纠纷类型', targets: ['category'] },
    { label: '状态', targets: ['status'] },
  ],
  values: (v) => [
    v.legacyCode ?? '',
    formatTableDateTime(v.registeredAt),
    v.parties.map((p) => p.name).join('、'),
    categories.get(v.categoryId) ?? '',
    CASE_STATUSES[v.status],
  ],
});

/** The catalogue's preview: the 档号 kept (or 「另编」), and the item's description. */
export const cataloguePreview = (
  categories: ReadonlyMap<string, string>,
  settings: ArchiveSettings,
): PreviewSpec<CatalogueRow> => ({
  columns: [
    { label: '档号', targets: ['code', 'serial'] },
    { label: '门类', targets: ['category'] },
    { label: '年度', targets: ['year'] },
    { label: '保管期限', targets: ['retention'] },
    { label: '题名', targets: ['title'] },
    { label: '密级', targets: ['classification'] },
    { label: '页数', targets: ['pages'] },
  ],
  values: (v) => [
    v.keepSerial === null
      ? `另编${v.writtenCode ? `（原档号 ${v.writtenCode}）` : ''}`
      : formatArchiveCode(settings.codePattern, {
          fonds: settings.fonds,
          category: v.categoryCode,
          year: v.year,
          retention: v.retention,
          serial: v.keepSerial,
        }),
    categories.get(v.categoryCode) ?? v.categoryCode,
    String(v.year),
    RETENTIONS[v.retention],
    v.title,
    CLASSIFICATIONS[v.classification],
    String(v.pages),
  ],
});
