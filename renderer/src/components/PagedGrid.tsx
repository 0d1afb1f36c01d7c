import {
  DataGrid,
  type GridColDef,
  type GridPaginationModel,
  type GridValidRowModel,
} from '@mui/x-data-grid';
import { gridLocaleText } from '../theme';

interface PagedGridProps<R extends GridValidRowModel> {
  /** The accessible name of the table. */
  label: string;
  rows: readonly R[];
  total: number;
  columns: readonly GridColDef<R>[];
  loading: boolean;
  pagination: GridPaginationModel;
  onPaginationChange: (model: GridPaginationModel) => void;
  /** Opens a row's record (a click on the row). */
  onRowClick?: (row: R) => void;
}

/**
 * A read-only list paged by the server (audit trail, intake log): the archive
 * returns one page and the total; sorting and filtering happen in the filter
 * bar above, never in the grid on a partial page.
 */
export function PagedGrid<R extends GridValidRowModel>(props: PagedGridProps<R>) {
  return (
    <DataGrid
      aria-label={props.label}
      rows={props.rows}
      rowCount={props.total}
      columns={props.columns}
      loading={props.loading}
      localeText={gridLocaleText}
      paginationMode="server"
      sortingMode="server"
      filterMode="server"
      disableColumnSorting
      disableColumnFilter
      paginationModel={props.pagination}
      onPaginationModelChange={props.onPaginationChange}
      pageSizeOptions={[25, 50, 100]}
      disableRowSelectionOnClick
      onRowClick={props.onRowClick ? (p) => props.onRowClick!(p.row as R) : undefined}
      density="compact"
    />
  );
}
