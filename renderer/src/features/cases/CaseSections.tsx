import Stack from '@mui/material/Stack';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import {
  CASE_SOURCES,
  DIFFICULTIES,
  MAJOR_REASONS,
  OUTCOMES,
  RISK_LEVELS,
  ROUTES,
  SATISFACTION,
  SEXES,
} from '../../../../shared/cases/codes';
import type { CaseDetail, CaseImport, Party } from '../../../../shared/cases/schemas';
import { CASE_STATUSES } from '../../../../shared/cases/status';
import { formatTableDateTime, toLocalDate } from '../../../../shared/dates';
import { ageOn } from '../../../../shared/privacy/identity';
import { Facts, type Fact } from '../../components/Facts';
import { Section } from '../../components/Section';
import { DeadlineChip } from './CaseChips';
import { formatYuan } from './ledgerColumns';

const time = (v: string | null) => (v ? formatTableDateTime(v) : '');

/** 基本情况: everything registered about the dispute. */
export function CaseFactsSection({ c }: { c: CaseDetail }) {
  return (
    <Section title="基本情况">
      <Facts
        facts={[
          { label: '案件编号', value: c.code },
          ...(c.imported ? importedFacts(c.imported) : []),
          { label: '登记时间', value: time(c.registeredAt) },
          { label: '来源', value: CASE_SOURCES[c.source] },
          { label: '首问责任人', value: c.firstContactName },
          { label: '承办人', value: c.handlerName },
          { label: '纠纷类型', value: c.category },
          { label: '发生时间', value: time(c.occurredAt) },
          { label: '发生地点', value: c.place },
          { label: '涉及人数', value: c.peopleCount ?? '' },
          { label: '涉及金额（元）', value: formatYuan(c.amount) },
          { label: '风险等级', value: RISK_LEVELS[c.risk] },
          { label: '难易程度', value: DIFFICULTIES[c.difficulty] },
          { label: '办理期限', value: <DeadlineChip state={c.deadlineState} deadline={c.deadline} /> },
          {
            label: '重大纠纷',
            value: c.major ? c.majorReasons.map((r) => MAJOR_REASONS[r]).join('、') : '否',
          },
          {
            label: '上报',
            value: c.escalatedAt
              ? `${time(c.escalatedAt)} 上报${c.escalatedTo ?? ''}`
              : c.major
                ? '尚未上报'
                : '',
          },
          { label: '简要情况', value: c.summary, wide: true },
          { label: '诉求', value: c.demands, wide: true },
          { label: '备注', value: c.notes, wide: true },
        ]}
      />
    </Section>
  );
}

/**
 * Where an imported case came from, and the values the import kept although
 * they failed a check, so staff see them on the record and can correct them.
 */
function importedFacts(imported: CaseImport): Fact[] {
  const row = imported.row === null ? '' : ` 第 ${imported.row} 行`;
  return [
    { label: '原编号', value: imported.legacyCode ?? '' },
    {
      label: '来源台账',
      value: `从旧台账导入：${imported.fileName}${row}（${imported.importedBy}，${time(imported.importedAt)}）`,
      wide: true,
    },
    ...(imported.flags.length > 0
      ? [
          {
            label: '导入时标记',
            value: imported.flags.map((f) => `${f.party}：${f.message}（「${f.value}」原样保留）`).join('\n'),
            wide: true,
          },
        ]
      : []),
  ];
}

function birthAndAge(p: Party): string {
  if (p.birthDate) return `${p.birthDate}（${ageOn(p.birthDate, toLocalDate(new Date()))} 岁）`;
  return p.age !== null ? `${p.age} 岁` : '';
}

/** 当事人: the record is where ID numbers and phones are shown whole (domain.md, privacy). */
export function PartiesSection({ parties }: { parties: Party[] }) {
  return (
    <Section title="当事人">
      <Stack spacing={2}>
        {parties.map((p, i) => (
          <Paper key={p.id} component="article" aria-label={`当事人 ${i + 1}`} sx={{ p: 2 }}>
            <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1.5 }}>
              当事人 {i + 1}：{p.name}
              <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
                {p.kind === 'person' ? '个人' : '单位'}
              </Typography>
            </Typography>
            {p.kind === 'person' ? (
              <Facts
                facts={[
                  { label: '性别', value: p.sex ? SEXES[p.sex] : '' },
                  { label: '民族', value: p.ethnicity },
                  { label: '出生日期 / 年龄', value: birthAndAge(p) },
                  { label: '身份证号', value: p.idNumber },
                  { label: '联系电话', value: p.phone },
                  { label: '职业或职务', value: p.occupation },
                  { label: '单位或住址', value: p.address },
                  { label: '网格', value: p.grid },
                ]}
              />
            ) : (
              <Facts
                facts={[
                  { label: '法定代表人或负责人', value: p.representative },
                  { label: '职务', value: p.representativeTitle },
                  { label: '联系电话', value: p.phone },
                  { label: '单位地址', value: p.address },
                ]}
              />
            )}
          </Paper>
        ))}
      </Stack>
    </Section>
  );
}

/** 办理: how it was handled, how it ended, and the follow-up. */
export function HandlingSection({ c }: { c: CaseDetail }) {
  return (
    <Section title="办理">
      <Facts
        facts={[
          { label: '状态', value: CASE_STATUSES[c.status] },
          { label: '处理方式', value: c.route ? ROUTES[c.route] : '' },
          { label: '结果', value: c.outcome ? OUTCOMES[c.outcome] : '' },
          { label: '办结时间', value: time(c.closedAt) },
          { label: '处理结果', value: c.result, wide: true },
          ...(c.suspendedReason ? [{ label: '中止原因', value: c.suspendedReason, wide: true }] : []),
          ...(c.extensionReason ? [{ label: '延期理由', value: c.extensionReason, wide: true }] : []),
          { label: '回访时间', value: time(c.followUpAt) },
          { label: '回访方式', value: c.followUpMethod },
          { label: '满意度', value: c.satisfaction ? SATISFACTION[c.satisfaction] : '' },
          { label: '回访情况', value: c.followUpNote, wide: true },
        ]}
      />
    </Section>
  );
}
