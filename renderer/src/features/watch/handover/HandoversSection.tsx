import { useCallback, useState } from 'react';
import Button from '@mui/material/Button';
import type { GridColDef, GridPaginationModel } from '@mui/x-data-grid';
import type { Handover } from '../../../../../shared/watch/handover';
import { api } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PagedGrid } from '../../../components/PagedGrid';
import { Section } from '../../../components/Section';
import { useLoad } from '../../../hooks/useLoad';
import { DocumentPreviewDialog, type DocumentRequest } from '../../../print/DocumentPreviewDialog';

const hm = (at: string) => at.replace('T', ' ');

/** 交接班记录: every handover, newest first, each printable as its A4 record */
export function HandoversSection() {
  const [pagination, setPagination] = useState<GridPaginationModel>({ page: 0, pageSize: 25 });
  const [printing, setPrinting] = useState<DocumentRequest | null>(null);
  const list = useLoad(
    useCallback(
      () => api.watch.handovers({ page: pagination.page, pageSize: pagination.pageSize }),
      [pagination],
    ),
  );
  const print = (h: Handover) =>
    setPrinting({
      title: `交接班记录：${h.outgoingName} → ${h.incomingName}`,
      load: () => api.watch.printHandover({ id: h.id }),
    });
  const columns: GridColDef<Handover>[] = [
    { field: 'createdAt', headerName: '交接时间', width: 150, valueFormatter: (v: string) => hm(v) },
    { field: 'fromShiftLabel', headerName: '交班班次', width: 150 },
    { field: 'outgoingName', headerName: '交班人', width: 100 },
    { field: 'incomingName', headerName: '接班人', width: 100 },
    {
      field: 'openEvents',
      headerName: '未结事件',
      width: 90,
      valueGetter: (_v, row) => row.openEvents.length,
    },
    {
      field: 'openFaults',
      headerName: '未修复故障',
      width: 100,
      valueGetter: (_v, row) => row.openFaults.length,
    },
    {
      field: 'overrideBy',
      headerName: '主任授权',
      flex: 1,
      valueGetter: (_v, row) => (row.overrideBy ? `${row.overrideBy}：${row.overrideReason ?? ''}` : ''),
    },
    {
      field: 'print',
      headerName: '',
      width: 90,
      renderCell: ({ row }) => (
        <Button size="small" onClick={() => print(row)}>
          打印
        </Button>
      ),
    },
  ];
  return (
    <Section title="交接班记录">
      <ErrorAlert error={list.error} />
      <PagedGrid
        label="交接班记录"
        rows={list.data?.rows ?? []}
        total={list.data?.total ?? 0}
        columns={columns}
        loading={list.loading}
        pagination={pagination}
        onPaginationChange={setPagination}
      />
      {printing && <DocumentPreviewDialog request={printing} onClose={() => setPrinting(null)} />}
    </Section>
  );
}
