import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { useJob } from '../../jobs/useJob';
import type { IntegrityReport } from '../../../../shared/maintenance/schemas';

const MODE_LABELS: Record<IntegrityReport['mode'], string> = { quick: '快速检查', full: '完整检查' };

/** The full integrity_check is too slow for every start, so the director runs it from here. */
export function IntegritySection() {
  const { busy, error, run } = useJob();
  const [report, setReport] = useState<IntegrityReport>();

  const check = async () => {
    setReport(undefined);
    const result = await run(() => api.maintenance.checkIntegrity({}));
    if (result.ok) setReport(result.value);
  };

  return (
    <Section title="完整性检查" description="逐页校验档案库文件，档案较多时需要一些时间。">
      <Button variant="outlined" onClick={check} disabled={busy} sx={{ mb: 2 }}>
        完整性检查
      </Button>
      {busy && <LinearProgress aria-label="正在检查" sx={{ mb: 2 }} />}
      <ErrorAlert error={error} />
      {report && (
        <Alert severity={report.ok ? 'success' : 'error'}>
          {report.ok
            ? `档案库完好（${MODE_LABELS[report.mode]}，数据版本 ${report.schemaVersion}）。`
            : `发现问题（${MODE_LABELS[report.mode]}，数据版本 ${report.schemaVersion}）：`}
          {report.messages.length > 0 && (
            <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
              {report.messages.map((message, index) => (
                <li key={index}>{message}</li>
              ))}
            </Box>
          )}
        </Alert>
      )}
    </Section>
  );
}
