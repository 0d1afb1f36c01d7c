import { useCallback, useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import type { GridPaginationModel } from '@mui/x-data-grid';
import type { ListLoansInput } from '../../../../../shared/archive/schemas';
import type { SessionUser } from '../../../../../shared/session/schemas';
import { api } from '../../../api';
import type { OpenArchiveItem } from '../../../app/navigation';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageTitle } from '../../../components/PageTitle';
import { PagedGrid } from '../../../components/PagedGrid';
import { useDebounced } from '../../../hooks/useDebounced';
import { useLoad } from '../../../hooks/useLoad';
import { useRemembered } from '../../../hooks/useRemembered';
import { ApplyByCode } from './ApplyByCode';
import { loanColumns } from './loanColumns';
import type { LoanDialog } from './loanActions';
import { LoanDialogHost } from './LoanDialogHost';
import { LoanRegisterExports } from './LoanRegisterExports';
import { usePrintJob } from '../../../print/usePrintJob';

/** The page's tabs and the filter each one asks the server for. */
const TABS = {
  requested: { label: '待审批', filter: { status: ['requested'] } },
  approved: { label: '待出借', filter: { status: ['approved'] } },
  out: { label: '借出中', filter: { status: ['out'] } },
  overdue: { label: '逾期', filter: { overdueOnly: true } },
  all: { label: '全部', filter: {} },
} satisfies Record<string, { label: string; filter: Partial<ListLoansInput> }>;
type LoanTab = keyof typeof TABS;

interface LoansView {
  tab: LoanTab;
  q: string;
  pagination: GridPaginationModel;
}

/** The director starts where decisions wait; the archive room where loans are handed out. */
const firstView = (user: SessionUser): LoansView => ({
  tab: user.role === 'director' ? 'requested' : 'approved',
  q: '',
  pagination: { page: 0, pageSize: 50 },
});

/**
 * 档案借阅: every loan by where it stands (待审批 / 待出借 / 借出中 / 逾期 /
 * 全部), searched by borrower, unit, 档号 or 题名, paged on the server; each
 * row opens its item or takes its next step in place, with the same dialogs as
 * the item's page; an application registered from a 档号; the 借阅登记簿
 * printed or exported for a date range.
 */
export function LoansPage({ user, onOpenItem }: { user: SessionUser; onOpenItem: OpenArchiveItem }) {
  const [view, setView] = useRemembered<LoansView>(`loans:${user.id}`, firstView(user));
  const [dialog, setDialog] = useState<LoanDialog | null>(null);
  const [notice, setNotice] = useState('');
  const register = usePrintJob();
  const q = useDebounced(view.q, 300).trim();
  const { page, pageSize } = view.pagination;
  const loans = useLoad(
    useCallback(
      () => api.archive.loans({ ...TABS[view.tab].filter, ...(q ? { q } : {}), page, pageSize }),
      [view.tab, q, page, pageSize],
    ),
  );
  const open = useCallback((next: LoanDialog) => {
    setNotice('');
    setDialog(next);
  }, []);
  const columns = useMemo(() => loanColumns(user.role, onOpenItem, open), [user.role, onOpenItem, open]);
  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
    void loans.reload();
  };

  return (
    <>
      <PageTitle>档案借阅</PageTitle>
      <Stack
        direction="row"
        spacing={2}
        sx={{ mb: 2, alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 1.5 }}
      >
        <ApplyByCode user={user} onDone={(_loan, message) => done(message)} />
        <Box sx={{ flexGrow: 1 }} />
        <LoanRegisterExports printing={register} />
      </Stack>
      <ErrorAlert error={register.error} />
      {register.preview}
      {notice && (
        <Alert severity="success" sx={{ mb: 2 }} onClose={() => setNotice('')}>
          {notice}
        </Alert>
      )}
      <Stack direction="row" spacing={2} sx={{ mb: 1, alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Tabs
          value={view.tab}
          onChange={(_, tab: LoanTab) =>
            setView((v) => ({ ...v, tab, pagination: { ...v.pagination, page: 0 } }))
          }
          aria-label="借阅分类"
        >
          {(Object.keys(TABS) as LoanTab[]).map((key) => (
            <Tab key={key} value={key} label={TABS[key].label} />
          ))}
        </Tabs>
        <Box sx={{ flexGrow: 1 }} />
        <TextField
          label="搜索借阅人、单位、档号、题名"
          type="search"
          size="small"
          value={view.q}
          onChange={(e) =>
            setView((v) => ({ ...v, q: e.target.value, pagination: { ...v.pagination, page: 0 } }))
          }
          sx={{ width: 280 }}
          slotProps={{ htmlInput: { maxLength: 30 } }}
        />
      </Stack>
      <ErrorAlert error={loans.error} />
      <Box sx={{ height: 'max(440px, calc(100vh - 360px))', bgcolor: 'background.paper' }}>
        <PagedGrid
          label="借阅记录"
          rows={loans.data?.rows ?? []}
          total={loans.data?.total ?? 0}
          columns={columns}
          loading={loans.loading}
          pagination={view.pagination}
          onPaginationChange={(pagination) => setView((v) => ({ ...v, pagination }))}
        />
      </Box>
      <LoanDialogHost
        dialog={dialog}
        onClose={() => setDialog(null)}
        onDone={(_loan, message) => done(message)}
      />
    </>
  );
}
