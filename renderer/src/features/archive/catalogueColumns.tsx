import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import type { GridColDef } from '@mui/x-data-grid';
import {
  CLASSIFICATIONS,
  RETENTIONS,
  type Classification,
  type Retention,
} from '../../../../shared/archive/codes';
import { ITEM_SORT_FIELDS, type ArchiveItem } from '../../../../shared/archive/schemas';
import { ItemStateText } from './ItemStateText';
import type { ItemSortField } from './catalogueFilter';

/** Only what the server can sort by is sortable (ITEM_SORT_FIELDS; the fields share their names). */
export const isItemSortField = (field: string): field is ItemSortField =>
  (ITEM_SORT_FIELDS as readonly string[]).includes(field);

/** The catalogue's columns; the 档号 is a link as well as the row click, for the keyboard. */
export function catalogueColumns(onOpen: (id: number) => void): GridColDef<ArchiveItem>[] {
  const sortable = (field: string) => ({ sortable: isItemSortField(field) });
  return [
    {
      field: 'code',
      headerName: '档号',
      width: 190,
      ...sortable('code'),
      renderCell: ({ row }) => (
        <Link
          component="button"
          type="button"
          underline="hover"
          onClick={(e) => {
            e.stopPropagation();
            onOpen(row.id);
          }}
        >
          {row.code}
        </Link>
      ),
    },
    {
      field: 'title',
      headerName: '题名',
      flex: 1,
      minWidth: 160,
      ...sortable('title'),
      renderCell: ({ value }) => (
        <Box
          component="span"
          title={value as string}
          sx={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
        >
          {value as string}
        </Box>
      ),
    },
    { field: 'categoryName', headerName: '门类', width: 92, sortable: false },
    { field: 'year', headerName: '年度', width: 64, sortable: false },
    {
      field: 'retention',
      headerName: '保管期限',
      width: 88,
      sortable: false,
      valueFormatter: (value: Retention) => RETENTIONS[value],
    },
    {
      field: 'classification',
      headerName: '密级',
      width: 60,
      sortable: false,
      valueFormatter: (value: Classification) => CLASSIFICATIONS[value],
    },
    { field: 'pages', headerName: '页数', width: 60, type: 'number', sortable: false },
    { field: 'location', headerName: '存放位置', width: 110, sortable: false },
    {
      field: 'state',
      headerName: '状态',
      width: 76,
      sortable: false,
      renderCell: ({ row }) => <ItemStateText item={row} />,
    },
  ];
}
