import { numberedTerm } from '../../../../shared/mediation/terms';
import Box from '@mui/material/Box';
import { formatTableDateTime } from '../../../../shared/dates';
import { AGREEMENT_KINDS } from '../../../../shared/mediation/codes';
import type { Agreement, AgreementPrint } from '../../../../shared/mediation/schemas';
import { Facts } from '../../components/Facts';
import { FoldedCode } from '../../components/FoldedCode';
import { formatYuan } from '../cases/ledgerColumns';
import { AgreementStatusChip } from './MediationChips';
import { SimpleTable, type Column } from './SimpleTable';

/** 一式N份 and who keeps each copy (人民调解法第二十九条: each party one, the committee one). */
export function copiesText(a: Agreement): string {
  if (a.kind === 'oral') return '口头协议，记入《人民调解口头协议登记表》';
  return `一式${a.copies}份：${a.copyLabels.join('；')}`;
}

/** The agreement's particulars: number, version, status, copies; for a signed one its date and hash. */
export function agreementFacts(a: Agreement) {
  return [
    { label: '协议编号', value: a.number ?? '首次打印时编号' },
    { label: '版本', value: `第${a.version}版` },
    { label: '状态', value: <AgreementStatusChip status={a.status} /> },
    { label: '协议种类', value: AGREEMENT_KINDS[a.kind] },
    { label: '份数', value: copiesText(a), wide: true },
    ...(a.signedOn ? [{ label: '生效日期', value: a.signedOn }] : []),
    // A draft's hash changes with every print; only the signed text's hash is a fact of record.
    ...(a.pdfSha256 && a.status !== 'draft'
      ? [
          {
            label: '防篡改校验码',
            value: <FoldedCode code={a.pdfSha256} label="防篡改校验码" />,
            wide: true,
          },
        ]
      : []),
    ...(a.correctionReason ? [{ label: '更正原因', value: a.correctionReason, wide: true }] : []),
  ];
}

/** A signed or superseded version, read-only: the text as it was frozen. */
export function AgreementView({ a }: { a: Agreement }) {
  return (
    <Facts
      facts={[
        ...agreementFacts(a),
        { label: '纠纷主要事实、争议事项', value: a.facts, wide: true },
        { label: '各方责任', value: a.responsibility, wide: true },
        {
          label: '协议内容',
          value: (
            <Box component="ol" sx={{ m: 0, p: 0, listStyle: 'none' }}>
              {a.terms.map((t, i) => (
                <li key={i}>{numberedTerm(t, i)}</li>
              ))}
            </Box>
          ),
          wide: true,
        },
        { label: '履行方式、时限', value: a.performance, wide: true },
        { label: '履行期限', value: a.performBy },
        { label: '涉及金额（元）', value: formatYuan(a.amount) },
        { label: '起草', value: `${formatTableDateTime(a.createdAt)} ${a.createdBy}` },
      ]}
    />
  );
}

const PRINT_COLUMNS: Column<AgreementPrint>[] = [
  { header: '时间', cell: (p) => formatTableDateTime(p.at), nowrap: true },
  { header: '打印人', cell: (p) => p.byName, nowrap: true },
  { header: '份数/份别', cell: (p) => p.copies },
  { header: '首次/重印', cell: (p) => (p.reprint ? '重印' : '首次'), nowrap: true },
];

/** Every print and reprint of a version (domain.md: who, when, which copies). */
export function PrintLogTable({ a }: { a: Agreement }) {
  return (
    <SimpleTable
      label={a.status === 'superseded' ? `打印记录（第${a.version}版）` : '打印记录'}
      columns={PRINT_COLUMNS}
      rows={a.prints}
      rowKey={(p) => p.id}
      empty="尚未打印。"
    />
  );
}
