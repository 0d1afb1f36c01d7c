import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import AddOutlined from '@mui/icons-material/AddOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { DataGrid, type GridColDef, type GridRowSelectionModel } from '@mui/x-data-grid';
import type { ArchiveBox } from '../../../../shared/archive/schemas';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { gridLocaleText } from '../../theme';
import { DocumentPreviewDialog, type DocumentRequest } from '../../print/DocumentPreviewDialog';
import { BoxFormDialog } from './BoxFormDialog';
import { usePrintJob } from '../../print/usePrintJob';

interface BoxesTabProps {
  boxes: readonly ArchiveBox[];
  loading: boolean;
  /** Archivist or director: boxes are made, edited and printed by them (contract: ARCHIVIST). */
  manages: boolean;
  onChanged: () => void;
  /** 查看盒内档案: the catalogue filtered by this box. */
  onShowItems: (box: ArchiveBox) => void;
}

const NO_SELECTION: GridRowSelectionModel = { type: 'include', ids: new Set() };

/** 档案盒: what each box on the shelf holds, its spine and 备考表. */
export function BoxesTab({ boxes, loading, manages, onChanged, onShowItems }: BoxesTabProps) {
  const [editing, setEditing] = useState<ArchiveBox | 'new' | null>(null);
  const [note, setNote] = useState<DocumentRequest>();
  const [selection, setSelection] = useState<GridRowSelectionModel>(NO_SELECTION);
  const print = usePrintJob();
  const selected =
    selection.type === 'include'
      ? [...selection.ids].map(Number)
      : boxes.filter((b) => !selection.ids.has(b.id)).map((b) => b.id);

  const columns: GridColDef<ArchiveBox>[] = [
    { field: 'boxNo', headerName: '盒号', width: 110 },
    { field: 'cabinet', headerName: '柜', width: 90 },
    { field: 'itemCount', headerName: '件数', width: 70, type: 'number' },
    { field: 'pageCount', headerName: '页数', width: 70, type: 'number' },
    {
      field: 'range',
      headerName: '起止档号',
      flex: 1,
      minWidth: 220,
      sortable: false,
      valueGetter: (_v, b) => (b.firstCode ? `${b.firstCode} 至 ${b.lastCode ?? ''}` : '（空盒）'),
    },
    {
      field: 'actions',
      headerName: '',
      width: manages ? 290 : 130,
      sortable: false,
      renderCell: ({ row }) => (
        <Stack direction="row" spacing={0.5}>
          <Button size="small" onClick={() => onShowItems(row)}>
            查看盒内档案
          </Button>
          {manages && (
            <>
              <Button size="small" onClick={() => setEditing(row)}>
                编辑
              </Button>
              <Button
                size="small"
                onClick={() =>
                  setNote({
                    title: `备考表 ${row.boxNo}`,
                    load: () => api.archive.printBoxNote({ id: row.id }),
                  })
                }
              >
                打印备考表
              </Button>
            </>
          )}
        </Stack>
      ),
    },
  ];

  return (
    <>
      {manages && (
        <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
          <Button variant="contained" startIcon={<AddOutlined />} onClick={() => setEditing('new')}>
            新建档案盒
          </Button>
          <Button
            variant="outlined"
            startIcon={<PrintOutlined />}
            disabled={print.busy || selected.length === 0}
            onClick={() => void print.start('盒脊', () => api.archive.printSpines({ ids: selected }))}
          >
            {selected.length > 0 ? `打印盒脊（${selected.length}）` : '打印盒脊'}
          </Button>
        </Stack>
      )}
      <ErrorAlert error={print.error} />
      <Box sx={{ bgcolor: 'background.paper' }}>
        <DataGrid
          aria-label="档案盒"
          rows={boxes}
          columns={columns}
          loading={loading}
          localeText={gridLocaleText}
          autoHeight
          checkboxSelection={manages}
          rowSelectionModel={selection}
          onRowSelectionModelChange={setSelection}
          disableRowSelectionOnClick
          disableColumnFilter
          hideFooter={boxes.length <= 100}
          density="compact"
        />
      </Box>
      {editing && (
        <BoxFormDialog
          existing={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={onChanged}
        />
      )}
      {note && <DocumentPreviewDialog request={note} onClose={() => setNote(undefined)} />}
      {print.preview}
    </>
  );
}
