import { useCallback, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { ImportInspection, ImportLedgerInput, ImportReport } from '../../../../shared/import/schemas';
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

/**
 * 导入旧台账 (issue 14): choose a workbook → the app reads its header and
 * proposes a mapping → the director corrects columns and unknown 纠纷类型 →
 * 检查全部行 (a dry run, with the problem rows downloadable) → 导入. Each
 * step is a job, so a large file shows progress and can be cancelled.
 */
export function ImportsPage({ onOpenLedger }: { onOpenLedger: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const job = useJob();
  const categories = useLoad(useCallback(() => api.cases.categories({}), []));
  const [file, setFile] = useState<Chosen>();
  const [inspection, setInspection] = useState<ImportInspection>();
  const [mapping, setMapping] = useState<string[]>([]);
  const [decisions, setDecisions] = useState<Record<string, string>>({});
  /** The preview and the unknown 纠纷类型, refreshed on request with the corrected mapping. */
  const [preview, setPreview] = useState<ImportInspection['preview']>([]);
  const [unknown, setUnknown] = useState<ImportInspection['unknownCategories']>([]);
  const [previewStale, setPreviewStale] = useState(false);
  const [check, setCheck] = useState<ImportReport>();
  const [done, setDone] = useState<ImportReport>();

  const choose = async (chosen: FileList | null) => {
    const picked = chosen?.[0];
    if (!picked) return;
    const next = { fileName: picked.name, base64: await readAsBase64(picked) };
    setFile(next);
    setInspection(undefined);
    setCheck(undefined);
    setDone(undefined);
    const result = await job.run(() => api.imports.inspectLedger(next));
    if (!result.ok) return;
    setInspection(result.value);
    setMapping(result.value.mapping.map((m) => m ?? SKIP));
    setDecisions({});
    setPreview(result.value.preview);
    setUnknown(result.value.unknownCategories);
    setPreviewStale(false);
  };

  const refreshPreview = async () => {
    const body = request();
    if (!body) return;
    const result = await job.run(() => api.imports.inspectLedger(body));
    if (!result.ok) return;
    setPreview(result.value.preview);
    // A decided category is no longer unknown to the core, but its choice stays on screen.
    const names = new Set(unknown.map((u) => u.name));
    setUnknown([...unknown, ...result.value.unknownCategories.filter((u) => !names.has(u.name))]);
    setPreviewStale(false);
  };

  const request = (): ImportLedgerInput | undefined => {
    if (!file || !inspection) return undefined;
    const chosenCategories: Record<string, number | 'new'> = {};
    for (const [name, choice] of Object.entries(decisions))
      if (choice) chosenCategories[name] = choice === NEW ? 'new' : Number(choice);
    return {
      ...file,
      sheet: inspection.sheet,
      mapping: mapping.map((m) => (m === SKIP ? null : m)),
      categories: chosenCategories,
    };
  };

  const runCheck = async () => {
    const body = request();
    if (!body) return;
    setCheck(undefined);
    const result = await job.run(() => api.imports.checkLedger(body));
    if (result.ok) setCheck(result.value);
  };

  const runImport = async () => {
    const body = request();
    if (!body) return;
    const result = await job.run(() => api.imports.importLedger(body));
    if (result.ok) {
      setDone(result.value);
      setCheck(undefined);
    }
  };

  // Any correction after a check makes that check stale: the import waits for a new one.
  const correctMapping = (next: string[]) => {
    setMapping(next);
    setCheck(undefined);
    setPreviewStale(true);
  };
  const correctCategories = (next: Record<string, string>) => {
    setDecisions(next);
    setCheck(undefined);
    setPreviewStale(true);
  };

  return (
    <>
      <PageTitle>导入旧台账</PageTitle>
      <Section
        title="选择文件"
        description="支持 Excel 工作簿（.xlsx）和 CSV 文件（UTF-8 或 GBK）。表头上方的标题行会自动跳过；同一行不会被导入两次。"
      >
        <input
          ref={input}
          type="file"
          hidden
          accept=".xlsx,.csv"
          aria-label="选择台账文件"
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
          <MappingSection inspection={inspection} mapping={mapping} onMapping={correctMapping} />
          <UnknownCategoriesSection
            unknown={unknown}
            categories={categories.data ?? []}
            decisions={decisions}
            onDecisions={correctCategories}
          />
          <PreviewSection
            preview={preview}
            stale={previewStale}
            busy={job.busy}
            onRefresh={() => void refreshPreview()}
          />
          <Section title="检查与导入" description="先检查全部行：列出不能导入或导入时有改动的行及原因。">
            <Button variant="outlined" disabled={job.busy} onClick={runCheck} sx={{ mb: 2 }}>
              检查全部行
            </Button>
            {check && (
              <>
                <ImportReportView report={check} />
                <Box sx={{ mt: 3 }}>
                  <Button variant="contained" disabled={job.busy || check.valid === 0} onClick={runImport}>
                    导入 {check.valid} 件
                  </Button>
                </Box>
              </>
            )}
          </Section>
        </>
      )}

      {done && (
        <Section title="导入结果">
          <Alert severity="success" sx={{ mb: 2 }}>
            已从「{done.fileName}」导入 {done.imported} 件。
          </Alert>
          <ImportReportView report={done} />
          <Box sx={{ mt: 2 }}>
            <Button variant="contained" onClick={onOpenLedger}>
              前往矛盾纠纷台账
            </Button>
          </Box>
        </Section>
      )}
    </>
  );
}
