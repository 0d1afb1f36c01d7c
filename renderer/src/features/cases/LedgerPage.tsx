import { useCallback, useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import AddOutlined from '@mui/icons-material/AddOutlined';
import HandshakeOutlined from '@mui/icons-material/HandshakeOutlined';
import { DataGrid, type GridPaginationModel, type GridSortModel } from '@mui/x-data-grid';
import type { SessionUser } from '../../../../shared/session/schemas';
import { OPEN_STATUSES } from '../../../../shared/cases/status';
import { api } from '../../api';
import type { OpenCase } from '../../app/navigation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { useDebounced } from '../../hooks/useDebounced';
import { useLoad } from '../../hooks/useLoad';
import { useRemembered } from '../../hooks/useRemembered';
import { gridLocaleText } from '../../theme';
import { ApplicationMediationDialog } from '../mediation/ApplicationMediationDialog';
import { CaseFormDialog } from './CaseFormDialog';
import { isSortField, ledgerColumns } from './ledgerColumns';
import { LedgerExports } from './LedgerExports';
import { ledgerQuery, NO_FILTER, type LedgerFilter, type LedgerQuery } from './ledgerFilter';
import { LedgerFilters } from './LedgerFilters';
import { OpenByCode } from './OpenByCode';
import { useColumnPrefs } from './useColumnPrefs';
import { useCategories, useStaff } from './useCaseLookups';

interface LedgerView {
  filter: LedgerFilter;
  pagination: GridPaginationModel;
  sort: GridSortModel;
}

const FIRST_VIEW: LedgerView = { filter: NO_FILTER, pagination: { page: 0, pageSize: 50 }, sort: [] };

interface LedgerPageProps {
  user: SessionUser;
  onOpenCase: OpenCase;
  /** A mediation opened on a direct application; 返回 leads to the case it created. */
  onOpenMediation: (mediationId: number, fromCase: number) => void;
}

/**
 * 矛盾纠纷排查调处台账. Paged, sorted and filtered on the server only: the
 * archive may hold 100 000 cases and the page never loads more than one page
 * of rows. The view (filter, page, sort) is kept while a case is looked at.
 */
export function LedgerPage({ user, onOpenCase, onOpenMediation }: LedgerPageProps) {
  const [view, setView] = useRemembered<LedgerView>(`ledger:${user.id}`, FIRST_VIEW);
  const [creating, setCreating] = useState<'case' | 'mediation' | null>(null);
  const categories = useCategories();
  const staff = useStaff();
  const columnPrefs = useColumnPrefs();

  const q = useDebounced(view.filter.q, 300);
  const [sorted] = view.sort;
  const sort =
    sorted?.sort && isSortField(sorted.field) ? { field: sorted.field, direction: sorted.sort } : undefined;
  // Keyed by content, so a keystroke in the search box does not ask the server until the pause.
  const queryKey = JSON.stringify(ledgerQuery({ ...view.filter, q }, sort));
  const query = useMemo(() => JSON.parse(queryKey) as LedgerQuery, [queryKey]);
  const { page, pageSize } = view.pagination;
  const cases = useLoad(
    useCallback(() => api.cases.list({ ...query, page, pageSize }), [query, page, pageSize]),
  );

  const columns = useMemo(() => ledgerColumns(onOpenCase, q), [onOpenCase, q]);
  const setFilter = (filter: LedgerFilter) =>
    setView((v) => ({ ...v, filter, pagination: { ...v.pagination, page: 0 } }));

  return (
    <>
      <PageTitle>矛盾纠纷台账</PageTitle>
      <Stack
        direction="row"
        spacing={2}
        sx={{ mb: 2, alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 1 }}
      >
        <Button variant="contained" startIcon={<AddOutlined />} onClick={() => setCreating('case')}>
          新建案件
        </Button>
        <Button variant="outlined" startIcon={<HandshakeOutlined />} onClick={() => setCreating('mediation')}>
          直接申请调解
        </Button>
        <LedgerExports query={query} isDirector={user.role === 'director'} />
        <Box sx={{ flexGrow: 1 }} />
        <OpenByCode onOpenCase={onOpenCase} />
      </Stack>
      <LedgerFilters
        filter={view.filter}
        categories={categories.data ?? []}
        staff={staff.data ?? []}
        onChange={setFilter}
      />
      <ErrorAlert error={cases.error ?? columnPrefs.error} />
      <Box sx={{ height: 'max(480px, calc(100vh - 400px))', bgcolor: 'background.paper' }}>
        <DataGrid
          aria-label="矛盾纠纷台账"
          rows={cases.data?.rows ?? []}
          rowCount={cases.data?.total ?? 0}
          columns={columns}
          loading={cases.loading}
          localeText={gridLocaleText}
          paginationMode="server"
          sortingMode="server"
          filterMode="server"
          disableColumnFilter
          sortingOrder={['desc', 'asc', null]}
          sortModel={view.sort}
          onSortModelChange={(sortModel) =>
            setView((v) => ({ ...v, sort: sortModel, pagination: { ...v.pagination, page: 0 } }))
          }
          paginationModel={view.pagination}
          onPaginationModelChange={(pagination) => setView((v) => ({ ...v, pagination }))}
          pageSizeOptions={[25, 50, 100]}
          columnVisibilityModel={columnPrefs.model}
          onColumnVisibilityModelChange={columnPrefs.change}
          onRowClick={({ row }) => onOpenCase(row.id)}
          onCellKeyDown={({ row }, event) => {
            if (event.key === 'Enter') onOpenCase(row.id);
          }}
          getRowClassName={({ row }) =>
            row.major && (OPEN_STATUSES.includes(row.status) || row.status === 'suspended')
              ? 'case-major'
              : ''
          }
          disableRowSelectionOnClick
          density="compact"
          sx={{
            '& .MuiDataGrid-row': { cursor: 'pointer' },
            '& .case-major': { bgcolor: '#fff6f5' },
          }}
        />
      </Box>
      {creating === 'case' && (
        <CaseFormDialog
          userId={user.id}
          onClose={() => setCreating(null)}
          onSaved={() => void cases.reload()}
          onOpenCase={onOpenCase}
        />
      )}
      {creating === 'mediation' && (
        <ApplicationMediationDialog
          user={user}
          onClose={() => setCreating(null)}
          onOpened={(m) => onOpenMediation(m.id, m.caseId)}
        />
      )}
    </>
  );
}
