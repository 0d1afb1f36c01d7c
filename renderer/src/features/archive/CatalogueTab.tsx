import { useCallback, useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import AddOutlined from '@mui/icons-material/AddOutlined';
import { DataGrid, GRID_CHECKBOX_SELECTION_FIELD, type GridRowSelectionModel } from '@mui/x-data-grid';
import type { ArchiveBox, ArchiveCategory } from '../../../../shared/archive/schemas';
import { api } from '../../api';
import type { OpenArchiveItem } from '../../app/navigation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCall } from '../../hooks/useCall';
import { useDebounced } from '../../hooks/useDebounced';
import { useLoad } from '../../hooks/useLoad';
import { gridLocaleText } from '../../theme';
import { CatalogueActions } from './CatalogueActions';
import { catalogueColumns, isItemSortField } from './catalogueColumns';
import { catalogueQuery, type CatalogueQuery } from './catalogueFilter';
import { CatalogueFilters } from './CatalogueFilters';
import { ItemFormDialog } from './ItemFormDialog';
import type { CatalogueView } from './ArchivePage';

interface CatalogueTabProps {
  view: CatalogueView;
  setView: (update: (v: CatalogueView) => CatalogueView) => void;
  categories: readonly ArchiveCategory[];
  boxes: readonly ArchiveBox[];
  centreName: string;
  onOpenItem: OpenArchiveItem;
  /** A filing may have changed the boxes' counts. */
  onFiled: () => void;
}

const NO_SELECTION: GridRowSelectionModel = { type: 'include', ids: new Set() };

/**
 * 档案目录: paged, sorted and filtered on the server; a 档号 typed or
 * scanned into the search box opens its item on Enter.
 */
export function CatalogueTab(props: CatalogueTabProps) {
  const { view, setView, categories, boxes, centreName, onOpenItem, onFiled } = props;
  const [filing, setFiling] = useState(false);
  const [selection, setSelection] = useState<GridRowSelectionModel>(NO_SELECTION);
  const lookup = useCall();

  const q = useDebounced(view.filter.q, 300);
  const [sorted] = view.sort;
  const sort =
    sorted?.sort && isItemSortField(sorted.field)
      ? { field: sorted.field, direction: sorted.sort }
      : undefined;
  // Keyed by content, so a keystroke in the search box does not ask the server until the pause.
  const queryKey = JSON.stringify(catalogueQuery({ ...view.filter, q }, sort));
  const query = useMemo(() => JSON.parse(queryKey) as CatalogueQuery, [queryKey]);
  const { page, pageSize } = view.pagination;
  const items = useLoad(
    useCallback(() => api.archive.list({ ...query, page, pageSize }), [query, page, pageSize]),
  );
  const rows = items.data?.rows ?? [];
  const columns = useMemo(() => catalogueColumns(onOpenItem), [onOpenItem]);

  // "Exclude" means the header box ticked every row; only this page's rows are on screen to print.
  const selected =
    selection.type === 'include'
      ? [...selection.ids].map(Number)
      : rows.filter((r) => !selection.ids.has(r.id)).map((r) => r.id);

  const openByCode = async (text: string) => {
    const found = await lookup.run(() => api.archive.getByCode({ code: text }));
    // Not a 档号 of the catalogue: the list below shows what the words match instead.
    if (found.ok) onOpenItem(found.value.id);
    else if (found.error.code === 'NOT_FOUND') lookup.setError(null);
  };

  return (
    <>
      <Stack
        direction="row"
        spacing={2}
        sx={{ mb: 2, alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 1 }}
      >
        <Button variant="contained" startIcon={<AddOutlined />} onClick={() => setFiling(true)}>
          归档登记
        </Button>
        <CatalogueActions query={query} selected={selected} />
      </Stack>
      <CatalogueFilters
        filter={view.filter}
        categories={categories}
        boxes={boxes}
        onSearchEnter={(text) => void openByCode(text)}
        onChange={(filter) => setView((v) => ({ ...v, filter, pagination: { ...v.pagination, page: 0 } }))}
      />
      <ErrorAlert error={items.error ?? lookup.error} />
      <Box sx={{ height: 'max(480px, calc(100vh - 420px))', bgcolor: 'background.paper' }}>
        <DataGrid
          aria-label="档案目录"
          rows={rows}
          rowCount={items.data?.total ?? 0}
          columns={columns}
          loading={items.loading}
          localeText={gridLocaleText}
          paginationMode="server"
          sortingMode="server"
          filterMode="server"
          disableColumnFilter
          sortingOrder={['asc', 'desc', null]}
          sortModel={view.sort}
          onSortModelChange={(sortModel) =>
            setView((v) => ({ ...v, sort: sortModel, pagination: { ...v.pagination, page: 0 } }))
          }
          paginationModel={view.pagination}
          onPaginationModelChange={(pagination) => setView((v) => ({ ...v, pagination }))}
          pageSizeOptions={[25, 50, 100]}
          checkboxSelection
          keepNonExistentRowsSelected
          rowSelectionModel={selection}
          onRowSelectionModelChange={setSelection}
          // The tick box selects for 打印标签; every other cell opens the item.
          onCellClick={({ row, field }) => {
            if (field !== GRID_CHECKBOX_SELECTION_FIELD) onOpenItem(row.id);
          }}
          onCellKeyDown={({ row, field }, event) => {
            if (event.key === 'Enter' && field !== GRID_CHECKBOX_SELECTION_FIELD) onOpenItem(row.id);
          }}
          getRowClassName={({ row }) => (row.destroyed ? 'item-destroyed' : '')}
          disableRowSelectionOnClick
          density="compact"
          sx={{
            '& .MuiDataGrid-row': { cursor: 'pointer' },
            '& .item-destroyed': { color: 'text.disabled' },
          }}
        />
      </Box>
      {filing && (
        <ItemFormDialog
          centreName={centreName}
          onClose={() => setFiling(false)}
          onSaved={() => {
            void items.reload();
            onFiled();
          }}
          onOpenItem={onOpenItem}
        />
      )}
    </>
  );
}
