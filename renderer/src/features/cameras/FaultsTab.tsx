import { useCallback, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import AddOutlined from '@mui/icons-material/AddOutlined';
import type { GridColDef, GridPaginationModel } from '@mui/x-data-grid';
import type { Fault } from '../../../../shared/cameras/schemas';
import type { SessionUser } from '../../../../shared/session/schemas';
import { addMonths } from '../../../../shared/stats/months';
import { durationText } from '../../../../shared/watch/clock';
import { FAULT_SYMPTOMS } from '../../../../shared/watch/codes';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PagedGrid } from '../../components/PagedGrid';
import { SelectField } from '../../components/SelectField';
import { nowMinute } from '../../format';
import { useLoad } from '../../hooks/useLoad';
import { useRemembered } from '../../hooks/useRemembered';
import { monthLabel } from '../../../../shared/duty/shifts';
import { faultSubject, minuteText, pointText } from './cameraText';
import { FaultDialog } from './FaultDialog';
import { RepairDialog } from './RepairDialog';
import { ShiftChecks } from './ShiftChecks';

interface FaultFilter {
  status: 'open' | 'all';
  month: string;
  pointId: string;
  pagination: GridPaginationModel;
}

const FIRST: FaultFilter = { status: 'open', month: '', pointId: '', pagination: { page: 0, pageSize: 50 } };

/**
 * 设备故障: the faults still open (what the handover carries) or all of them,
 * by month and point, a page at a time; whoever keeps the watch records one
 * and its 报修 / 修复, with the downtime the core computed. While a shift is
 * open its equipment check (云台 / 录像 / 清晰度) sits above the list.
 */
export function FaultsTab({ user, keeps }: { user: SessionUser; keeps: boolean }) {
  const [filter, setFilter] = useRemembered<FaultFilter>(`cameras:${user.id}:faults`, FIRST);
  const [reporting, setReporting] = useState(false);
  const [repairing, setRepairing] = useState<Fault | null>(null);
  const points = useLoad(useCallback(() => api.cameras.points({ includeRetired: true }), []));
  const load = useCallback(
    () =>
      api.cameras.faults({
        status: filter.status,
        ...(filter.month ? { month: filter.month } : {}),
        ...(filter.pointId ? { pointId: Number(filter.pointId) } : {}),
        page: filter.pagination.page,
        pageSize: filter.pagination.pageSize,
      }),
    [filter],
  );
  const faults = useLoad(load);
  // The shift under way, for its equipment check (the duty screen shows the same card).
  const watch = useLoad(useCallback(() => api.watch.now({}), []));
  const shift = watch.data?.shift ?? null;
  const set = (patch: Partial<FaultFilter>) =>
    setFilter((f) => ({ ...f, ...patch, pagination: { ...f.pagination, page: 0 } }));
  const thisMonth = nowMinute().slice(0, 7);
  const months = Array.from({ length: 13 }, (_, i) => addMonths(thisMonth, -i));

  const columns: GridColDef<Fault>[] = [
    { field: 'foundAt', headerName: '发现时间', width: 130, valueGetter: (_v, f) => minuteText(f.foundAt) },
    { field: 'subject', headerName: '点位 / 设备', width: 140, valueGetter: (_v, f) => faultSubject(f) },
    { field: 'symptom', headerName: '现象', width: 80, valueGetter: (_v, f) => FAULT_SYMPTOMS[f.symptom] },
    { field: 'foundBy', headerName: '发现人', width: 80 },
    {
      field: 'reported',
      headerName: '报修',
      width: 160,
      valueGetter: (_v, f) => (f.reportedAt ? `${minuteText(f.reportedAt)} ${f.reportedTo ?? ''}` : ''),
    },
    { field: 'repairer', headerName: '维修人', width: 80 },
    {
      field: 'repairedAt',
      headerName: '修复时间',
      width: 130,
      valueGetter: (_v, f) => (f.repairedAt ? minuteText(f.repairedAt) : '未修复'),
    },
    {
      field: 'downtimeMinutes',
      headerName: '停机时长',
      width: 90,
      valueGetter: (_v, f) => durationText(f.downtimeMinutes),
    },
    { field: 'result', headerName: '处理结果', flex: 1, minWidth: 110 },
  ];
  if (keeps)
    columns.push({
      field: 'actions',
      headerName: '',
      width: 100,
      sortable: false,
      renderCell: ({ row }) => (
        <Button size="small" onClick={() => setRepairing(row)}>
          {row.repairedAt ? '修改' : '报修 / 修复'}
        </Button>
      ),
    });

  return (
    <>
      {shift && (
        <ShiftChecks
          shiftId={shift.id}
          canEdit={keeps && (shift.operatorId === user.id || user.role === 'director')}
          finder={user.displayName}
          onFaultRecorded={() => void faults.reload()}
        />
      )}
      <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        {keeps && (
          <Button variant="contained" startIcon={<AddOutlined />} onClick={() => setReporting(true)}>
            登记故障
          </Button>
        )}
        <SelectField
          label="范围"
          size="small"
          fullWidth={false}
          sx={{ width: 130 }}
          value={filter.status}
          onChange={(e) => set({ status: e.target.value as FaultFilter['status'] })}
          options={[
            { value: 'open', label: '未修复' },
            { value: 'all', label: '全部' },
          ]}
        />
        <SelectField
          label="发现月份"
          size="small"
          fullWidth={false}
          sx={{ width: 150 }}
          value={filter.month}
          onChange={(e) => set({ month: e.target.value })}
          emptyLabel="全部月份"
          options={months.map((m) => ({ value: m, label: monthLabel(m) }))}
        />
        <SelectField
          label="点位"
          size="small"
          fullWidth={false}
          sx={{ width: 200 }}
          value={filter.pointId}
          onChange={(e) => set({ pointId: e.target.value })}
          emptyLabel="全部点位"
          options={(points.data ?? []).map((p) => ({ value: String(p.id), label: pointText(p) }))}
        />
      </Stack>
      <ErrorAlert error={faults.error} />
      <Box sx={{ bgcolor: 'background.paper', height: 520 }}>
        <PagedGrid
          label="设备故障"
          rows={faults.data?.rows ?? []}
          total={faults.data?.total ?? 0}
          columns={columns}
          loading={faults.loading}
          pagination={filter.pagination}
          onPaginationChange={(pagination) => setFilter((f) => ({ ...f, pagination }))}
        />
      </Box>
      {reporting && (
        <FaultDialog
          finder={user.displayName}
          onClose={() => setReporting(false)}
          onSaved={() => void faults.reload()}
        />
      )}
      {repairing && (
        <RepairDialog
          fault={repairing}
          onClose={() => setRepairing(null)}
          onSaved={() => void faults.reload()}
        />
      )}
    </>
  );
}
