import { useCallback, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import type {
  ImportCatalogueInput,
  ImportInspection,
  ImportKind,
  ImportLedgerInput,
  ImportReport,
} from '../../../../shared/import/schemas';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { readAsBase64 } from '../../download';
import { useLoad } from '../../hooks/useLoad';
import { useJob } from '../../jobs/useJob';
import { MappingSection, NEW, PreviewSection, SKIP, UnknownCategoriesSection } from './ImportMapping';
import { ImportReportView } from './ImportReportView';

/** The file as chosen: it travels with every call, the core keeps no upload between them. */
interface Chosen {
  fileName: string;
  base64: string;
}

type Request =
  { kind: 'ledger'; input: ImportLedgerInput } | { kind: 'catalogue'; input: ImportCatalogueInput };

/** The three jobs of each kind: read and propose, check every row, import. */
const inspect = (r: Request) =>
  r.kind === 'ledger' ? api.imports.inspectLedger(r.input) : api.imports.inspectCatalogue(r.input);
const check = (r: Request) =>
  r.kind === 'ledger' ? api.imports.checkLedger(r.input) : api.imports.checkCatalogue(r.input);
const importAll = (r: Request) =>
  r.kind === 'ledger' ? api.imports.importLedger(r.input) : api.imports.importCatalogue(r.input);

const KINDS: { value: ImportKind; label: string; hint: string }[] = [
  { value: 'ledger', label: '矛盾纠纷台账', hint: '每一行是一件纠纷：登记时间、当事人、纠纷类型……' },
  {
    value: 'catalogue',
    label: '档案目录（归档文件目录）',
    hint: '每一行是一件档案：档号、题名、年度、保管期限、密级、页数、盒号……',
  },
];

/**
 * 导入旧记录 (issue 14): choose what the file holds (台账 or 档案目录) and the
 * file → the app reads its header and proposes a mapping → the director
 * corrects columns and unknown 纠纷类型 / 门类 → 检查全部行 (a dry run, with
 * the problem rows downloadable) → 导入. Each step is a job, so a large file
 * shows progress and can be cancelled.
 */
export function ImportsPage({
  onOpenLedger,
  onOpenArchive,
}: {
  onOpenLedger: () => void;
  onOpenArchive: () => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const job = useJob();
  const caseCategories = useLoad(useCallback(() => api.cases.categories({}), []));
  const archiveCategories = useLoad(useCallback(() => api.archive.categories({}), []));
  const [kind, setKind] = useState<ImportKind>('ledger');
  const [file, setFile] = useState<Chosen>();
  const [inspection, setInspection] = useState<ImportInspection>();
  const [mapping, setMapping] = useState<string[]>([]);
  const [decisions, setDecisions] = useState<Record<string, string>>({});
  /** The preview and the unknown categories, refreshed on request with the corrected mapping. */
  const [preview, setPreview] = useState<ImportInspection['preview']>([]);
  const [unknown, setUnknown] = useState<ImportInspection['unknownCategories']>([]);
  const [previewStale, setPreviewStale] = useState(false);
  const [checked, setChecked] = useState<ImportReport>();
  const [done, setDone] = useState<ImportReport>();

  const categoryOptions =
    kind === 'ledger'
      ? [
          { value: NEW, label: '新增为纠纷类型' },
          ...(caseCategories.data ?? [])
            .filter((c) => c.active)
            .map((c) => ({ value: String(c.id), label: c.label })),
        ]
      : (archiveCategories.data ?? [])
          .filter((c) => !c.retired)
          .map((c) => ({ value: c.code, label: `${c.code} ${c.name}` }));

  /** Reads the file (or another sheet of it) afresh: the mapping is proposed or remembered anew. */
  const read = async (next: Chosen, readKind: ImportKind, sheet?: string) => {
    setFile(next);
    setInspection(undefined);
    setChecked(undefined);
    setDone(undefined);
    const body = { ...next, ...(sheet ? { sheet } : {}) };
    const result = await job.run(() => inspect({ kind: readKind, input: body } as Request));
    if (!result.ok) return;
    setInspection(result.value);
    setMapping(result.value.mapping.map((m) => m ?? SKIP));
    setDecisions({});
    setPreview(result.value.preview);
    setUnknown(result.value.unknownCategories);
    setPreviewStale(false);
  };

  const choose = async (chosen: FileList | null) => {
    const picked = chosen?.[0];
    if (!picked) return;
    await read({ fileName: picked.name, base64: await readAsBase64(picked) }, kind);
  };

  const chooseKind = (next: ImportKind) => {
    setKind(next);
    if (file) void read(file, next);
  };

  const request = (): Request | undefined => {
    if (!file || !inspection) return undefined;
    const base = {
      ...file,
      sheet: inspection.sheet,
      mapping: mapping.map((m) => (m === SKIP ? null : m)),
    };
    const chosen = Object.entries(decisions).filter(([, choice]) => choice);
    if (inspection.kind === 'catalogue')
      return { kind: 'catalogue', input: { ...base, categories: Object.fromEntries(chosen) } };
    return {
      kind: 'ledger',
      input: {
        ...base,
        categories: Object.fromEntries(
          chosen.map(([name, choice]) => [name, choice === NEW ? 'new' : Number(choice)] as const),
        ),
      },
    };
  };

  const refreshPreview = async () => {
    const body = request();
    if (!body) return;
    const result = await job.run(() => inspect(body));
    if (!result.ok) return;
    setPreview(result.value.preview);
    // A decided category is no longer unknown to the core, but its choice stays on screen.
    const names = new Set(unknown.map((u) => u.name));
    setUnknown([...unknown, ...result.value.unknownCategories.filter((u) => !names.has(u.name))]);
    setPreviewStale(false);
  };

  const runCheck = async () => {
    const body = request();
    if (!body) return;
    setChecked(undefined);
    const result = await job.run(() => check(body));
    if (result.ok) setChecked(result.value);
  };

  const runImport = async () => {
    const body = request();
    if (!body) return;
    const result = await job.run(() => importAll(body));
    if (result.ok) {
      setDone(result.value);
      setChecked(undefined);
    }
  };

  // Any correction after a check makes that check stale: the import waits for a new one.
  const correctMapping = (next: string[]) => {
    setMapping(next);
    setChecked(undefined);
    setPreviewStale(true);
  };
  const correctCategories = (next: Record<string, string>) => {
    setDecisions(next);
    setChecked(undefined);
    setPreviewStale(true);
  };

  return (
    <>
      <PageTitle>导入旧记录</PageTitle>
      <Section
        title="选择文件"
        description="把以前用 Excel 或 WPS 记的台账、档案目录导入本系统。支持 Excel 工作簿（.xlsx）和 CSV 文件（UTF-8 或 GBK）。表头上方的标题行会自动跳过；同一行不会被导入两次。"
      >
        <RadioGroup
          row
          aria-label="导入内容"
          value={kind}
          onChange={(e) => chooseKind(e.target.value as ImportKind)}
          sx={{ mb: 1 }}
        >
          {KINDS.map((k) => (
            <FormControlLabel
              key={k.value}
              value={k.value}
              control={<Radio />}
              label={k.label}
              disabled={job.busy}
            />
          ))}
        </RadioGroup>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {KINDS.find((k) => k.value === kind)!.hint}
          {kind === 'catalogue' &&
            ' 原档号符合本中心档号格式且未被占用的，保留原档号；否则按档号规则另编，原档号随档案保留，可按原档号查找。密级未填的按「内部」记。'}
        </Typography>
        <input
          ref={input}
          type="file"
          hidden
          accept=".xlsx,.csv"
          aria-label="选择要导入的文件"
          onChange={(e) => {
            void choose(e.target.files);
            e.target.value = '';
          }}
        />
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
          <Button variant="contained" disabled={job.busy} onClick={() => input.current?.click()}>
            选择文件…
          </Button>
          {file && <Typography>{file.fileName}</Typography>}
        </Box>
        {job.busy && <LinearProgress aria-label="正在处理" sx={{ mt: 2 }} />}
        <Box sx={{ mt: 2 }}>
          <ErrorAlert error={job.error} />
        </Box>
      </Section>

      {inspection && !done && (
        <>
          <MappingSection
            inspection={inspection}
            mapping={mapping}
            onMapping={correctMapping}
            busy={job.busy}
            onSheet={(sheet) => file && void read(file, inspection.kind, sheet)}
          />
          <UnknownCategoriesSection
            kind={inspection.kind}
            unknown={unknown}
            options={categoryOptions}
            decisions={decisions}
            onDecisions={correctCategories}
          />
          <PreviewSection
            columns={inspection.previewColumns}
            preview={preview}
            stale={previewStale}
            busy={job.busy}
            onRefresh={() => void refreshPreview()}
          />
          <Section title="检查与导入" description="先检查全部行：列出不能导入或导入时有改动的行及原因。">
            <Button variant="outlined" disabled={job.busy} onClick={runCheck} sx={{ mb: 2 }}>
              检查全部行
            </Button>
            {checked && (
              <>
                <ImportReportView report={checked} />
                <Box sx={{ mt: 3 }}>
                  <Button variant="contained" disabled={job.busy || checked.valid === 0} onClick={runImport}>
                    导入 {checked.valid} 件
                  </Button>
                </Box>
              </>
            )}
          </Section>
        </>
      )}

      {done && inspection && (
        <Section title="导入结果">
          <Alert severity="success" sx={{ mb: 2 }}>
            已从「{done.fileName}」导入 {done.imported} 件{inspection.kind === 'ledger' ? '案件' : '档案'}。
          </Alert>
          <ImportReportView report={done} />
          <Box sx={{ mt: 2 }}>
            {inspection.kind === 'ledger' ? (
              <Button variant="contained" onClick={onOpenLedger}>
                前往矛盾纠纷台账
              </Button>
            ) : (
              <Button variant="contained" onClick={onOpenArchive}>
                前往档案目录
              </Button>
            )}
          </Box>
        </Section>
      )}
    </>
  );
}
