import { useCallback } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { MonthAvailability, PointAvailability } from '../../../../shared/cameras/schemas';
import type { SessionUser } from '../../../../shared/session/schemas';
import { addMonths } from '../../../../shared/stats/months';
import { durationText } from '../../../../shared/watch/clock';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField } from '../../components/SelectField';
import { nowMinute } from '../../format';
import { useLoad } from '../../hooks/useLoad';
import { useRemembered } from '../../hooks/useRemembered';
import { gridLocaleText } from '../../theme';
import { monthLabel } from '../../../../shared/duty/shifts';
import { percentText } from './cameraText';

const TICK = { fontSize: 12 };

const columns: GridColDef<PointAvailability>[] = [
  { field: 'code', headerName: '编号', width: 100 },
  {
    field: 'name',
    headerName: '名称',
    flex: 1,
    minWidth: 140,
    valueGetter: (_v, p) => (p.retired ? `${p.name}（已停用）` : p.name),
  },
  { field: 'faultCount', headerName: '故障次数', width: 100, type: 'number' },
  {
    field: 'downMinutes',
    headerName: '停机时长',
    width: 150,
    valueGetter: (_v, p) => durationText(p.downMinutes),
  },
  {
    field: 'availability',
    headerName: '在线率',
    width: 110,
    valueGetter: (_v, p) => percentText(p.availability),
  },
];

/** The points' 在线率 as bars, the worst visible at a glance. */
function AvailabilityBars({ data }: { data: MonthAvailability }) {
  const bars = data.points.map((p) => ({ label: p.code, value: Number((p.availability * 100).toFixed(2)) }));
  const floor = Math.max(0, Math.floor(Math.min(100, ...bars.map((b) => b.value)) / 10) * 10 - 10);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={bars} margin={{ top: 16, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={TICK} />
        <YAxis domain={[floor, 100]} tick={TICK} width={44} unit="%" />
        <Tooltip formatter={(v) => [`${String(v)}%`, '在线率']} />
        <Bar dataKey="value" fill="#2e7d32" isAnimationActive={false} maxBarSize={48} />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** 在线率: a month's downtime and availability per camera point, overlapping faults counted once. */
export function AvailabilityTab({ user }: { user: SessionUser }) {
  const thisMonth = nowMinute().slice(0, 7);
  const [month, setMonth] = useRemembered(`cameras:${user.id}:month`, thisMonth);
  const load = useCallback(() => api.cameras.availability({ month }), [month]);
  const { data, error, loading } = useLoad(load);
  const months = Array.from({ length: 13 }, (_, i) => addMonths(thisMonth, -i));

  return (
    <>
      <Stack direction="row" spacing={3} sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <SelectField
          label="月份"
          size="small"
          fullWidth={false}
          sx={{ width: 150 }}
          value={month}
          onChange={(e) => setMonth(e.target.value)}
          options={months.map((m) => ({ value: m, label: monthLabel(m) }))}
        />
        {data && (
          <Typography role="status" aria-label="本月合计">
            {data.points.length} 个点位，平均在线率 {percentText(data.total.availability)}，停机合计{' '}
            {durationText(data.total.downMinutes)}，点位故障 {data.total.faultCount} 次
            {data.total.deviceFaultCount ? `，其他设备故障 ${data.total.deviceFaultCount} 次` : ''}
            {data.elapsedMinutes === 0 ? '（本月尚未开始）' : ''}
          </Typography>
        )}
      </Stack>
      <ErrorAlert error={error} />
      {data && data.points.length > 0 && (
        <Box sx={{ height: 220, mb: 2, bgcolor: 'background.paper', p: 1 }} aria-label="在线率柱状图">
          <AvailabilityBars data={data} />
        </Box>
      )}
      <Box sx={{ bgcolor: 'background.paper' }}>
        <DataGrid
          aria-label="在线率"
          rows={data?.points ?? []}
          getRowId={(p) => p.pointId}
          columns={columns}
          loading={loading}
          localeText={gridLocaleText}
          autoHeight
          disableRowSelectionOnClick
          disableColumnFilter
          hideFooter={(data?.points.length ?? 0) <= 100}
          density="compact"
        />
      </Box>
    </>
  );
}
