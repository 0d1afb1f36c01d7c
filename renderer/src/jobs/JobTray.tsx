import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { JobStatus } from '../../../shared/jobs/schemas';

export interface TrayNotice {
  severity: 'success' | 'info';
  text: string;
}

interface JobTrayProps {
  jobs: JobStatus[];
  notice: TrayNotice | null;
  onCancel: (jobId: string) => void;
  onCloseNotice: () => void;
}

/** The running jobs in the bottom corner, over every page, each with its bar and 取消. */
export function JobTray({ jobs, notice, onCancel, onCloseNotice }: JobTrayProps) {
  return (
    <>
      {jobs.length > 0 && (
        <Stack
          spacing={1}
          role="region"
          aria-label="后台任务"
          sx={{ position: 'fixed', right: 24, bottom: 24, width: 360, zIndex: (t) => t.zIndex.snackbar }}
        >
          {jobs.map((job) => (
            <Paper key={job.jobId} elevation={6} sx={{ p: 2 }} aria-label={job.label}>
              <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
                <Typography variant="subtitle2">{job.label}</Typography>
                <Button size="small" color="inherit" onClick={() => onCancel(job.jobId)}>
                  取消
                </Button>
              </Stack>
              <LinearProgress
                aria-label={`${job.label}进度`}
                variant={job.total > 0 ? 'determinate' : 'indeterminate'}
                value={job.total > 0 ? Math.min(100, (job.done / job.total) * 100) : undefined}
              />
              <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 0.5 }}>
                {job.phase}
              </Typography>
            </Paper>
          ))}
        </Stack>
      )}
      <Snackbar
        open={notice !== null}
        autoHideDuration={6000}
        onClose={onCloseNotice}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
      >
        {notice ? (
          <Alert severity={notice.severity} onClose={onCloseNotice} variant="filled">
            {notice.text}
          </Alert>
        ) : undefined}
      </Snackbar>
    </>
  );
}
