import { useCallback, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import AddOutlined from '@mui/icons-material/AddOutlined';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import type { CameraPoint } from '../../../../shared/cameras/schemas';
import { POINT_KINDS } from '../../../../shared/watch/codes';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoad } from '../../hooks/useLoad';
import { gridLocaleText } from '../../theme';
import { PointFormDialog } from './PointFormDialog';
import { RetirePointDialog } from './RetirePointDialog';

/** 正常 / 故障中 (from the open faults) / 已停用. */
function PointState({ point }: { point: CameraPoint }) {
  if (point.retired) return <Chip size="small" label={`已停用 ${point.retiredOn ?? ''}`} />;
  return point.state === 'fault' ? (
    <Chip size="small" color="error" label={`故障中（${point.openFaults}）`} />
  ) : (
    <Chip size="small" color="success" variant="outlined" label="正常" />
  );
}

/** 点位: every camera point with its state; the director adds, edits and retires them. */
export function PointsTab({ director }: { director: boolean }) {
  const [includeRetired, setIncludeRetired] = useState(false);
  const [editing, setEditing] = useState<CameraPoint | 'new' | null>(null);
  const [retiring, setRetiring] = useState<CameraPoint | null>(null);
  const load = useCallback(() => api.cameras.points({ includeRetired }), [includeRetired]);
  const points = useLoad(load);

  const columns: GridColDef<CameraPoint>[] = [
    { field: 'code', headerName: '编号', width: 100 },
    { field: 'name', headerName: '名称', width: 140 },
    { field: 'location', headerName: '安装位置', flex: 1, minWidth: 180 },
    { field: 'grid', headerName: '网格', width: 110 },
    { field: 'kind', headerName: '类型', width: 110, valueGetter: (_v, p) => POINT_KINDS[p.kind] },
    {
      field: 'state',
      headerName: '状态',
      width: 150,
      sortable: false,
      renderCell: ({ row }) => <PointState point={row} />,
    },
    { field: 'note', headerName: '备注', width: 160 },
  ];
  if (director)
    columns.push({
      field: 'actions',
      headerName: '',
      width: 140,
      sortable: false,
      renderCell: ({ row }) => (
        <Stack direction="row" spacing={0.5}>
          <Button size="small" onClick={() => setEditing(row)} aria-label={`编辑 ${row.code}`}>
            编辑
          </Button>
          {!row.retired && (
            <Button
              size="small"
              color="error"
              onClick={() => setRetiring(row)}
              aria-label={`停用 ${row.code}`}
            >
              停用
            </Button>
          )}
        </Stack>
      ),
    });

  return (
    <>
      <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center' }}>
        {director && (
          <Button variant="contained" startIcon={<AddOutlined />} onClick={() => setEditing('new')}>
            新增点位
          </Button>
        )}
        <FormControlLabel
          control={<Switch checked={includeRetired} onChange={(e) => setIncludeRetired(e.target.checked)} />}
          label="显示已停用点位"
        />
      </Stack>
      <ErrorAlert error={points.error} />
      <Box sx={{ bgcolor: 'background.paper' }}>
        <DataGrid
          aria-label="点位"
          rows={points.data ?? []}
          columns={columns}
          loading={points.loading}
          localeText={gridLocaleText}
          autoHeight
          disableRowSelectionOnClick
          disableColumnFilter
          hideFooter={(points.data?.length ?? 0) <= 100}
          density="compact"
        />
      </Box>
      {editing && (
        <PointFormDialog
          existing={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={() => void points.reload()}
        />
      )}
      {retiring && (
        <RetirePointDialog
          point={retiring}
          onClose={() => setRetiring(null)}
          onDone={() => void points.reload()}
        />
      )}
    </>
  );
}
