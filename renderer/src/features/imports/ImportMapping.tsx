import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { ImportInspection } from '../../../../shared/import/schemas';
import { Section } from '../../components/Section';
import { SelectField, type Option } from '../../components/SelectField';

/** The select's value for 「不导入」 (a column mapped to null). */
export const SKIP = '';
/** The select's value for an unknown 纠纷类型 added to the dictionary. */
export const NEW = 'new';

/** What the page calls a file's kind of record and its category dictionary. */
export const KIND_WORDS = {
  ledger: { fields: '台账字段', category: '纠纷类型' },
  catalogue: { fields: '档案目录字段', category: '门类' },
} as const;

interface MappingProps {
  inspection: ImportInspection;
  mapping: string[];
  onMapping: (mapping: string[]) => void;
  /** Another sheet of the workbook chosen: it is read afresh, with its own header and mapping. */
  onSheet: (sheet: string) => void;
  busy: boolean;
}

/** Each column of the file and the field it fills, as proposed (or remembered) and corrected by the user. */
export function MappingSection({ inspection, mapping, onMapping, onSheet, busy }: MappingProps) {
  const options = inspection.targets.map((t) => ({ value: t.key, label: t.label }));
  return (
    <Section
      title="列对应"
      description={`工作表「${inspection.sheet}」第 ${inspection.headerRow} 行为表头，共 ${inspection.dataRows} 行数据。请核对每一列对应的${KIND_WORDS[inspection.kind].fields}。`}
    >
      {inspection.sheets.length > 1 && (
        <SelectField
          size="small"
          label="工作表"
          options={inspection.sheets.map((name) => ({ value: name, label: name }))}
          value={inspection.sheet}
          disabled={busy}
          onChange={(e) => onSheet(e.target.value)}
          helperText={`此文件有 ${inspection.sheets.length} 个工作表，每次导入一个。`}
          fullWidth={false}
          sx={{ minWidth: 240, mb: 2 }}
        />
      )}
      {inspection.remembered && (
        <Alert severity="info" sx={{ mb: 2 }}>
          已沿用此前导入相同列结构的文件时确认的对应关系。
        </Alert>
      )}
      <Table size="small" aria-label="列对应">
        <TableHead>
          <TableRow>
            <TableCell>原表列名</TableCell>
            <TableCell>导入为</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {inspection.labels.map((label, index) => (
            <TableRow key={index}>
              <TableCell>{label || `第 ${index + 1} 列（无列名）`}</TableCell>
              <TableCell>
                <SelectField
                  size="small"
                  label={`「${label || `第 ${index + 1} 列`}」导入为`}
                  options={options}
                  emptyLabel="不导入"
                  value={mapping[index] ?? SKIP}
                  onChange={(e) => onMapping(mapping.map((m, i) => (i === index ? e.target.value : m)))}
                  sx={{ minWidth: 220 }}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
}

interface CategoriesProps {
  kind: ImportInspection['kind'];
  unknown: ImportInspection['unknownCategories'];
  /** What an unknown name may become: an existing entry, or (纠纷类型 only) a new one. */
  options: readonly Option[];
  decisions: Record<string, string>;
  onDecisions: (decisions: Record<string, string>) => void;
}

/** Names the dictionary lacks: each mapped to an existing entry (or added), once for all its rows. */
export function UnknownCategoriesSection({
  kind,
  unknown,
  options,
  decisions,
  onDecisions,
}: CategoriesProps) {
  if (unknown.length === 0) return null;
  const word = KIND_WORDS[kind].category;
  return (
    <Section
      title={`未知的${word}`}
      description={
        kind === 'ledger'
          ? '以下纠纷类型不在字典中。请为每一种选择已有的纠纷类型，或新增为纠纷类型；未选择的，相关行不能导入。'
          : '以下门类不在门类表中。请为每一种选择已有的门类（需要新门类的，请先在「档案目录 → 设置」中添加）；未选择的，相关行不能导入。'
      }
    >
      <Table size="small" aria-label={`未知的${word}`}>
        <TableHead>
          <TableRow>
            <TableCell>原表写法</TableCell>
            <TableCell>行数</TableCell>
            <TableCell>导入为</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {unknown.map((u) => (
            <TableRow key={u.name}>
              <TableCell>{u.name}</TableCell>
              <TableCell>{u.rows}</TableCell>
              <TableCell>
                <SelectField
                  size="small"
                  label={`「${u.name}」导入为`}
                  options={options}
                  emptyLabel="请选择"
                  value={decisions[u.name] ?? ''}
                  onChange={(e) => onDecisions({ ...decisions, [u.name]: e.target.value })}
                  sx={{ minWidth: 220 }}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
}

interface PreviewProps {
  columns: string[];
  preview: ImportInspection['preview'];
  /** The mapping or a category was changed since the preview was made. */
  stale: boolean;
  busy: boolean;
  onRefresh: () => void;
}

/** The first rows as they will be stored, with the mapping and categories they were read with. */
export function PreviewSection({ columns, preview, stale, busy, onRefresh }: PreviewProps) {
  return (
    <Section
      title="预览"
      description="前几行导入后的样子；灰字为导入时的改动。不能导入的行（红底）显示原表所写及原因。"
    >
      {stale && (
        <Alert
          severity="info"
          sx={{ mb: 2 }}
          action={
            <Button color="inherit" size="small" disabled={busy} onClick={onRefresh}>
              更新预览
            </Button>
          }
        >
          列对应或类别的对应已更改，预览仍按更改前的对应。
        </Alert>
      )}
      <Table size="small" aria-label="预览" sx={{ '& th': { whiteSpace: 'nowrap' } }}>
        <TableHead>
          <TableRow>
            <TableCell>行号</TableCell>
            {columns.map((c) => (
              <TableCell key={c}>{c}</TableCell>
            ))}
            <TableCell>说明</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {preview.map((r) => (
            <TableRow key={r.row} sx={r.ok ? undefined : { bgcolor: 'error.50' }}>
              <TableCell>{r.row}</TableCell>
              {r.values.map((v, i) => (
                <TableCell key={i}>{v}</TableCell>
              ))}
              <TableCell sx={{ color: r.ok ? 'text.secondary' : 'error.main' }}>
                {r.ok ? '' : '不能导入：'}
                {r.messages.join('；')}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
}
