import { useCallback, useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import AddOutlined from '@mui/icons-material/AddOutlined';
import type { GridPaginationModel } from '@mui/x-data-grid';
import { FOOTAGE_STATES, type FootageState } from '../../../../shared/footage/codes';
import type { FootageRequest } from '../../../../shared/footage/schemas';
import type { SessionUser } from '../../../../shared/session/schemas';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { PagedGrid } from '../../components/PagedGrid';
import { useDebounced } from '../../hooks/useDebounced';
import { useLoad } from '../../hooks/useLoad';
import { useRemembered } from '../../hooks/useRemembered';
import { usePrintJob } from '../../print/usePrintJob';
import { footageColumns } from './footageColumns';
import { FootageDetailDialog, type FootageStep } from './FootageDetailDialog';
import { FootagePrint } from './FootagePrint';
import { FootageRequestDialog } from './FootageRequestDialog';
import { FootageCopyDialog, FootageDecisionDialog } from './FootageStepDialogs';

type FootageTab = FootageState | 'all';
const TABS: FootageTab[] = ['all', 'waiting', 'approved', 'refused', 'copied', 'corrected'];
const tabLabel = (t: FootageTab) => (t === 'all' ? '全部' : FOOTAGE_STATES[t]);

interface FootageView {
  tab: FootageTab;
  q: string;
  pagination: GridPaginationModel;
}

type Dialog =
  { kind: 'detail'; id: number } | { kind: 'new' } | { kind: FootageStep; request: FootageRequest };

/** The director starts where decisions wait; the desk and the staff on the whole register. */
const firstView = (user: SessionUser): FootageView => ({
  tab: user.role === 'director' ? 'waiting' : 'all',
  q: '',
  pagination: { page: 0, pageSize: 50 },
});

/**
 * 录像调取 (issue 12 §7): the register, newest first, by where each request
 * stands and searched by requester or unit; 登记调取 for the desk; each
 * record opens with the director's 审批, 登记复制 once approved, and 更正 (a
 * new entry pointing at the old). Staff read. Nothing is edited or deleted.
 */
export function FootagePage({ user }: { user: SessionUser }) {
  const [view, setView] = useRemembered<FootageView>(`footage:${user.id}`, firstView(user));
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [notice, setNotice] = useState<{ text: string; warning: string | null } | null>(null);
  const printing = usePrintJob();
  const keeps = user.role === 'director' || user.role === 'operator';
  const q = useDebounced(view.q, 300).trim();
  const { page, pageSize } = view.pagination;
  const list = useLoad(
    useCallback(
      () =>
        api.footage.list({
          ...(view.tab === 'all' ? {} : { state: view.tab }),
          ...(q ? { q } : {}),
          page,
          pageSize,
        }),
      [view.tab, q, page, pageSize],
    ),
  );
  const open = useCallback((id: number) => setDialog({ kind: 'detail', id }), []);
  const columns = useMemo(() => footageColumns(open), [open]);

  const done = (id: number, text: string, warning: string | null = null) => {
    setNotice({ text, warning });
    setDialog({ kind: 'detail', id });
    void list.reload();
  };

  return (
    <>
      <PageTitle>录像调取</PageTitle>
      <Stack
        direction="row"
        spacing={2}
        sx={{ mb: 2, alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 1.5 }}
      >
        {keeps && (
          <Button
            variant="contained"
            startIcon={<AddOutlined />}
            onClick={() => {
              setNotice(null);
              setDialog({ kind: 'new' });
            }}
          >
            登记调取
          </Button>
        )}
        <Box sx={{ flexGrow: 1 }} />
        <FootagePrint printing={printing} />
      </Stack>
      <ErrorAlert error={printing.error} />
      {notice && (
        <Alert
          severity={notice.warning ? 'warning' : 'success'}
          sx={{ mb: 2 }}
          onClose={() => setNotice(null)}
        >
          {notice.text}
          {notice.warning && `${notice.warning}。`}
        </Alert>
      )}
      <Stack direction="row" spacing={2} sx={{ mb: 1, alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Tabs
          value={view.tab}
          onChange={(_, tab: FootageTab) =>
            setView((v) => ({ ...v, tab, pagination: { ...v.pagination, page: 0 } }))
          }
          aria-label="登记状态"
        >
          {TABS.map((t) => (
            <Tab key={t} value={t} label={tabLabel(t)} />
          ))}
        </Tabs>
        <Box sx={{ flexGrow: 1 }} />
        <TextField
          label="搜索调取人、单位"
          type="search"
          size="small"
          value={view.q}
          onChange={(e) =>
            setView((v) => ({ ...v, q: e.target.value, pagination: { ...v.pagination, page: 0 } }))
          }
          sx={{ width: 240 }}
          slotProps={{ htmlInput: { maxLength: 30 } }}
        />
      </Stack>
      <ErrorAlert error={list.error} />
      <Box sx={{ height: 'max(420px, calc(100vh - 340px))', bgcolor: 'background.paper' }}>
        <PagedGrid
          label="录像调取登记"
          rows={list.data?.rows ?? []}
          total={list.data?.total ?? 0}
          columns={columns}
          loading={list.loading}
          pagination={view.pagination}
          onPaginationChange={(pagination) => setView((v) => ({ ...v, pagination }))}
        />
      </Box>
      {dialog?.kind === 'detail' && (
        <FootageDetailDialog
          key={dialog.id}
          id={dialog.id}
          user={user}
          onClose={() => setDialog(null)}
          onOpen={open}
          onStep={(step, request) => setDialog({ kind: step, request })}
        />
      )}
      {(dialog?.kind === 'new' || dialog?.kind === 'correct') && (
        <FootageRequestDialog
          correcting={dialog.kind === 'correct' ? dialog.request : undefined}
          onClose={() => setDialog(null)}
          onDone={(recorded, text) => done(recorded.request.id, text, recorded.warning)}
        />
      )}
      {(dialog?.kind === 'approve' || dialog?.kind === 'refuse') && (
        <FootageDecisionDialog
          request={dialog.request}
          approve={dialog.kind === 'approve'}
          onClose={() => setDialog({ kind: 'detail', id: dialog.request.id })}
          onDone={(r, text) => done(r.id, text)}
        />
      )}
      {dialog?.kind === 'copy' && (
        <FootageCopyDialog
          request={dialog.request}
          user={user}
          onClose={() => setDialog({ kind: 'detail', id: dialog.request.id })}
          onDone={(r, text) => done(r.id, text)}
        />
      )}
      {printing.preview}
    </>
  );
}
