import { useState } from 'react';
import Box from '@mui/material/Box';
import type { GridColDef, GridPaginationModel } from '@mui/x-data-grid';
import type { AuditRecord } from '../../../../shared/audit/schemas';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { formatDateTime } from '../../format';
import { actionLabel, entityLabel } from './actionLabels';
import { AuditFilters } from './AuditFilters';
import { AuditVerifyButton } from './AuditVerifyButton';
import { NO_FILTER, useAuditPage, type AuditFilter } from './useAuditPage';
import { PagedGrid } from '../../components/PagedGrid';

const COLUMNS: GridColDef<AuditRecord>[] = [
  { field: 'at', headerName: '时间', width: 150, valueFormatter: (value: string) => formatDateTime(value) },
  { field: 'actorName', headerName: '操作人', width: 120 },
  { field: 'action', headerName: '操作', width: 160, valueFormatter: (value: string) => actionLabel(value) },
  {
    field: 'entity',
    headerName: '对象',
    width: 160,
    valueGetter: (value: string, row) =>
      row.entityName ? `${entityLabel(value)} ${row.entityName}` : entityLabel(value),
  },
  { field: 'summary', headerName: '摘要', flex: 1, minWidth: 200 },
];

/** The hash-chained audit trail, paged on the server (it grows without bound). */
export function AuditPage() {
  const [pagination, setPagination] = useState<GridPaginationModel>({ page: 0, pageSize: 50 });
  const [filter, setFilter] = useState<AuditFilter>(NO_FILTER);
  const audit = useAuditPage(pagination.page, pagination.pageSize, filter);

  const apply = (next: AuditFilter) => {
    // A fresh object even for the same filter, so 查询 always asks again (e.g. to see new records).
    setFilter({ ...next });
    setPagination((p) => ({ ...p, page: 0 }));
  };

  return (
    <>
      <PageTitle>操作日志</PageTitle>
      <AuditFilters onApply={apply} />
      <ErrorAlert error={audit.error} />
      <Box sx={{ height: 'calc(100vh - 330px)', minHeight: 400, bgcolor: 'background.paper', mb: 2 }}>
        <PagedGrid
          label="操作日志"
          rows={audit.data?.rows ?? []}
          total={audit.data?.total ?? 0}
          columns={COLUMNS}
          loading={audit.loading}
          pagination={pagination}
          onPaginationChange={setPagination}
        />
      </Box>
      <AuditVerifyButton />
    </>
  );
}
