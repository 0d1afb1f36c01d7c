import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import type { FileOutput } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/result';
import type { JobStatus, JobTicket } from '../../../shared/jobs/schemas';
import { api } from '../api';
import { downloadFile } from '../download';
import { JobsContext, type Jobs, type RunFileOptions } from './JobsContext';
import { JobTray, type TrayNotice } from './JobTray';

/** How often a running job is asked where it stands. */
const POLL_MS = 250;
/** A job quicker than this never shows a bar: it would only flicker. */
const SHOW_AFTER_MS = 1000;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs jobs for the pages (design.md, rule 6): the page starts one and keeps
 * working; a tray in the corner shows each job running longer than a second
 * with its progress and 取消, and says when a file is ready. A job keeps
 * running when its page is left, and its file is still saved.
 */
export function JobsProvider({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState<JobStatus[]>([]);
  const [notice, setNotice] = useState<TrayNotice | null>(null);
  const cancelled = useRef(new Set<string>());

  const show = useCallback((status: JobStatus) => {
    setShown((list) => {
      const others = list.filter((s) => s.jobId !== status.jobId);
      return status.state === 'running' ? [...others, status] : others;
    });
  }, []);

  const run = useCallback(
    async <O,>(start: () => Promise<Result<JobTicket<O>>>): Promise<Result<O>> => {
      const ticket = await start();
      if (!ticket.ok) return ticket;
      const { jobId } = ticket.value;
      const started = Date.now();
      for (;;) {
        await wait(POLL_MS);
        const status = await api.jobs.status({ jobId });
        if (!status.ok) {
          show({ jobId, label: '', state: 'failed', done: 0, total: 0, phase: '' });
          return status;
        }
        if (Date.now() - started >= SHOW_AFTER_MS || status.value.state !== 'running') show(status.value);
        if (status.value.state === 'running') continue;
        if (status.value.state === 'failed' && status.value.error)
          return { ok: false, error: status.value.error };
        if (status.value.state === 'cancelled' || cancelled.current.has(jobId))
          return {
            ok: false,
            error: { code: 'JOB_CANCELLED', message: `已取消「${status.value.label}」。` },
          };
        // The output's type is the ticket's: the one place where it is taken on trust.
        return (await api.jobs.result({ jobId })) as Result<O>;
      }
    },
    [show],
  );

  const runFile = useCallback(
    async (start: () => Promise<Result<JobTicket<FileOutput>>>, options: RunFileOptions = {}) => {
      const result = await run(start);
      // A print's PDF goes to its preview (usePrintJob), which prints it or saves it on request.
      if (result.ok && options.previewPdf && result.value.mime === 'application/pdf') return result;
      if (result.ok) {
        downloadFile(result.value);
        setNotice({ severity: 'success', text: `文件已生成：${result.value.fileName}` });
      }
      return result;
    },
    [run],
  );

  const cancel = useCallback(async (jobId: string) => {
    cancelled.current.add(jobId);
    const status = await api.jobs.cancel({ jobId });
    if (status.ok) setNotice({ severity: 'info', text: `已取消「${status.value.label}」。` });
  }, []);

  const jobs: Jobs = useMemo(() => ({ run, runFile }), [run, runFile]);
  return (
    <JobsContext.Provider value={jobs}>
      {children}
      <JobTray jobs={shown} notice={notice} onCancel={cancel} onCloseNotice={() => setNotice(null)} />
    </JobsContext.Provider>
  );
}
