import { useCallback, useState } from 'react';
import Box from '@mui/material/Box';
import type { GridColDef, GridPaginationModel } from '@mui/x-data-grid';
import { addDays } from '../../../../shared/calendar/workdays';
import { EVENT_CATEGORIES, type EventCategory } from '../../../../shared/watch/codes';
import type { WatchEvent } from '../../../../shared/watch/schemas';
import type { CameraPoint } from '../../../../shared/cameras/schemas';
import type { InputOf } from '../../../../shared/api/contract';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FieldGrid } from '../../components/FieldGrid';
import { PagedGrid } from '../../components/PagedGrid';
import { optionsOf, SelectField } from '../../components/SelectField';
import { useLoad } from '../../hooks/useLoad';
import { actionLabel, categoryLabel, minuteText, pointText } from './watchText';
import { DateField } from '../../components/dates/DateFields';

interface Filter {
  from: string;
  to: string;
  status: '' | 'open' | 'closed';
  category: EventCategory | '';
  pointId: string;
}
const NO_FILTER: Filter = { from: '', to: '', status: '', category: '', pointId: '' };

const columns: GridColDef<WatchEvent>[] = [
  { field: 'occurredAt', headerName: '时间', width: 140, valueFormatter: (v: string) => minuteText(v) },
  { field: 'point', headerName: '点位', width: 140, valueGetter: (_v, e) => pointText(e) },
  {
    field: 'category',
    headerName: '类别',
    width: 90,
    valueFormatter: (v: EventCategory) => categoryLabel(v),
  },
  { field: 'description', headerName: '发现情况', flex: 1, minWidth: 200 },
  {
    field: 'action',
    headerName: '处置',
    width: 100,
    valueFormatter: (v: WatchEvent['action']) => actionLabel(v),
  },
  {
    field: 'status',
    headerName: '状态',
    width: 130,
    valueGetter: (_v, e) => (e.status === 'closed' ? '已办结' : e.overdue ? '督办：已超时' : '未结'),
  },
  { field: 'result', headerName: '处置结果', width: 180 },
  { field: 'caseCode', headerName: '转入台账', width: 120 },
  { field: 'recordedBy', headerName: '记录人', width: 90 },
];

/** 历史记录: the whole duty log, a page at a time, by date range, state, category and point. */
export function HistoryTab({ points, onOpen }: { points: CameraPoint[]; onOpen: (eventId: number) => void }) {
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const [pagination, setPagination] = useState<GridPaginationModel>({ page: 0, pageSize: 25 });
  const load = useCallback(() => {
    const input: InputOf<'watch', 'events'> = { page: pagination.page, pageSize: pagination.pageSize };
    if (filter.from) input.from = `${filter.from}T00:00`;
    if (filter.to) input.to = `${addDays(filter.to, 1)}T00:00`;
    if (filter.status) input.status = filter.status;
    if (filter.category) input.category = filter.category;
    if (filter.pointId) input.pointId = Number(filter.pointId);
    return api.watch.events(input);
  }, [filter, pagination]);
  const events = useLoad(load);
  const set = (key: keyof Filter, value: string) => {
    setFilter((f) => ({ ...f, [key]: value }));
    setPagination((p) => ({ ...p, page: 0 }));
  };
  return (
    <>
      <Box sx={{ mb: 2 }}>
        <FieldGrid>
          <DateField
            label="日期 从"
            size="small"
            value={filter.from}
            onChange={(e) => set('from', e.target.value)}
          />
          <DateField label="至" size="small" value={filter.to} onChange={(e) => set('to', e.target.value)} />
          <SelectField
            label="状态"
            size="small"
            emptyLabel="全部"
            value={filter.status}
            options={[
              { value: 'open', label: '未结' },
              { value: 'closed', label: '已办结' },
            ]}
            onChange={(e) => set('status', e.target.value)}
          />
          <SelectField
            label="类别"
            size="small"
            emptyLabel="全部"
            value={filter.category}
            options={optionsOf(EVENT_CATEGORIES)}
            onChange={(e) => set('category', e.target.value)}
          />
          <SelectField
            label="点位"
            size="small"
            emptyLabel="全部"
            value={filter.pointId}
            options={points.map((p) => ({ value: String(p.id), label: `${p.code} ${p.name}` }))}
            onChange={(e) => set('pointId', e.target.value)}
          />
        </FieldGrid>
      </Box>
      <ErrorAlert error={events.error} />
      <PagedGrid
        label="值班日志"
        rows={events.data?.rows ?? []}
        total={events.data?.total ?? 0}
        columns={columns}
        loading={events.loading}
        pagination={pagination}
        onPaginationChange={setPagination}
        onRowClick={(e) => onOpen(e.id)}
      />
    </>
  );
}
