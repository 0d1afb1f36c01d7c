import { useCallback, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { DataGrid, type GridColDef, type GridRowSelectionModel } from '@mui/x-data-grid';
import { RETENTIONS, retentionEndYear, type Retention } from '../../../../shared/archive/codes';
import type { ArchiveItem, Disposal } from '../../../../shared/archive/schemas';
import { formatTableDateTime } from '../../../../shared/dates';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { useLoad } from '../../hooks/useLoad';
import { gridLocaleText } from '../../theme';
import { SimpleTable, type Column } from '../mediation/SimpleTable';
import { DecideDisposalDialog, ProposeDisposalDialog } from './DisposalDialogs';
import { usePrintJob } from '../../print/usePrintJob';

const STATUS: Record<Disposal['status'], string> = {
  proposed: '待主任审批',
  approved: '已批准销毁',
  refused: '不予批准',
};

const NO_SELECTION: GridRowSelectionModel = { type: 'include', ids: new Set() };

const expiredColumns: GridColDef<ArchiveItem>[] = [
  { field: 'code', headerName: '档号', width: 200 },
  { field: 'title', headerName: '题名', flex: 1, minWidth: 160 },
  { field: 'year', headerName: '年度', width: 70 },
  {
    field: 'retention',
    headerName: '保管期限',
    width: 100,
    valueFormatter: (v: Retention) => RETENTIONS[v],
  },
  {
    field: 'end',
    headerName: '期满年度',
    width: 90,
    valueGetter: (_v, i) => retentionEndYear(i.year, i.retention),
  },
  { field: 'location', headerName: '存放位置', width: 110 },
];

/**
 * 到期鉴定与销毁 (seed 001: 任何人不得私自销毁档案): the archivist lists
 * items past their retention for the director, who approves with a 监销人 or
 * refuses; only then are they marked 已销毁, their rows kept.
 */
export function DisposalTab({ director }: { director: boolean }) {
  const expired = useLoad(useCallback(() => api.archive.expired({}), []));
  const disposals = useLoad(useCallback(() => api.archive.disposals({}), []));
  const [selection, setSelection] = useState<GridRowSelectionModel>(NO_SELECTION);
  const [proposing, setProposing] = useState(false);
  const [deciding, setDeciding] = useState<{ disposal: Disposal; approve: boolean }>();
  const [notice, setNotice] = useState('');
  const print = usePrintJob();
  const rows = expired.data ?? [];
  const selected =
    selection.type === 'include'
      ? [...selection.ids].map(Number)
      : rows.filter((r) => !selection.ids.has(r.id)).map((r) => r.id);

  const reload = () => {
    setSelection(NO_SELECTION);
    void expired.reload();
    void disposals.reload();
  };

  const columns: Column<Disposal>[] = [
    { header: '清册编号', cell: (d) => d.number, nowrap: true },
    { header: '状态', cell: (d) => STATUS[d.status], nowrap: true },
    { header: '件数', cell: (d) => d.items.length, nowrap: true },
    { header: '鉴定意见', cell: (d) => d.reason },
    { header: '提交', cell: (d) => `${d.proposedBy} ${formatTableDateTime(d.proposedAt)}` },
    {
      header: '审批',
      cell: (d) =>
        d.decidedAt
          ? [
              `${d.decidedBy ?? ''} ${formatTableDateTime(d.decidedAt)}`,
              d.supervisor ? `监销人：${d.supervisor}` : '',
              d.decisionNote ?? '',
            ]
              .filter(Boolean)
              .join('\n')
          : '',
    },
    {
      header: '操作',
      nowrap: true,
      cell: (d) => (
        <Stack direction="row" spacing={0.5}>
          <Button
            size="small"
            disabled={print.busy}
            onClick={() =>
              void print.start(`档案销毁清册 ${d.number}`, () => api.archive.printDisposal({ id: d.id }))
            }
          >
            打印销毁清册
          </Button>
          {director && d.status === 'proposed' && (
            <>
              <Button size="small" color="error" onClick={() => setDeciding({ disposal: d, approve: true })}>
                批准
              </Button>
              <Button size="small" onClick={() => setDeciding({ disposal: d, approve: false })}>
                不予批准
              </Button>
            </>
          )}
        </Stack>
      ),
    },
  ];

  return (
    <>
      {notice && (
        <Alert severity="success" sx={{ mb: 2 }} onClose={() => setNotice('')}>
          {notice}
        </Alert>
      )}
      <ErrorAlert error={print.error} />
      <Section
        title="到期鉴定"
        description="保管期限已满、尚未销毁的档案。勾选经鉴定无继续保存价值的档案，提交销毁清册，由主任审批。"
      >
        <ErrorAlert error={expired.error} />
        <Button
          variant="outlined"
          sx={{ mb: 2 }}
          disabled={selected.length === 0}
          onClick={() => setProposing(true)}
        >
          {selected.length > 0 ? `提交销毁清册（${selected.length} 件）` : '提交销毁清册'}
        </Button>
        <Box sx={{ bgcolor: 'background.paper' }}>
          <DataGrid
            aria-label="到期档案"
            rows={rows}
            columns={expiredColumns}
            loading={expired.loading}
            localeText={gridLocaleText}
            autoHeight
            checkboxSelection
            rowSelectionModel={selection}
            onRowSelectionModelChange={setSelection}
            disableColumnFilter
            density="compact"
          />
        </Box>
      </Section>
      <Section title="销毁清册">
        <ErrorAlert error={disposals.error} />
        <SimpleTable
          label="销毁清册"
          columns={columns}
          rows={disposals.data ?? []}
          rowKey={(d) => d.id}
          empty="尚无销毁清册"
        />
      </Section>
      {proposing && (
        <ProposeDisposalDialog
          itemIds={selected}
          onClose={() => setProposing(false)}
          onDone={(d) => {
            setProposing(false);
            setNotice(`已提交销毁清册 ${d.number}（${d.items.length} 件），待主任审批。`);
            reload();
          }}
        />
      )}
      {deciding && (
        <DecideDisposalDialog
          disposal={deciding.disposal}
          approve={deciding.approve}
          onClose={() => setDeciding(undefined)}
          onDone={(d) => {
            setDeciding(undefined);
            setNotice(
              d.status === 'approved'
                ? `已批准销毁清册 ${d.number}，${d.items.length} 件档案已标记为已销毁。`
                : `已不予批准销毁清册 ${d.number}。`,
            );
            reload();
          }}
        />
      )}
      {print.preview}
    </>
  );
}
