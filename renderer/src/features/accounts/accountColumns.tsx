import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import type { GridColDef } from '@mui/x-data-grid';
import { ROLE_LABELS, type Role } from '../../../../shared/accounts/roles';
import type { Account } from '../../../../shared/accounts/schemas';
import { formatDateTime } from '../../format';

export type AccountAction = 'edit' | 'disable' | 'reset';

/**
 * Columns of the account list. Row buttons carry the plain action names so a
 * test finds them within a row (`getByRole('row', { name: /张三/ })`).
 */
export function accountColumns(
  currentUserId: number,
  onAction: (action: AccountAction, account: Account) => void,
): GridColDef<Account>[] {
  return [
    { field: 'displayName', headerName: '姓名', flex: 1, minWidth: 100 },
    { field: 'username', headerName: '用户名', flex: 1, minWidth: 110 },
    {
      field: 'role',
      headerName: '角色',
      width: 150,
      valueFormatter: (value: Role) => ROLE_LABELS[value],
    },
    {
      field: 'disabled',
      headerName: '状态',
      width: 110,
      // 待设新密码: the password is still the one the director chose; its owner sets their own at login.
      valueGetter: (value: boolean, row: Account) =>
        value ? '停用' : row.mustChangePassword ? '待设新密码' : '启用',
      renderCell: ({ value }) => (
        <Chip
          size="small"
          label={value as string}
          color={value === '停用' ? 'default' : value === '启用' ? 'success' : 'warning'}
          variant="outlined"
        />
      ),
    },
    {
      field: 'createdAt',
      headerName: '创建时间',
      width: 150,
      valueFormatter: (value: string) => formatDateTime(value),
    },
    {
      field: 'lastLoginAt',
      headerName: '最近登录',
      width: 150,
      valueFormatter: (value: string | null) => (value ? formatDateTime(value) : '从未登录'),
    },
    {
      field: 'actions',
      headerName: '操作',
      width: 250,
      sortable: false,
      filterable: false,
      disableColumnMenu: true,
      renderCell: ({ row }) => (
        <Stack direction="row" spacing={0.5} sx={{ height: '100%', alignItems: 'center' }}>
          <Button size="small" onClick={() => onAction('edit', row)}>
            编辑
          </Button>
          {!row.disabled && row.id !== currentUserId && (
            <Button size="small" color="error" onClick={() => onAction('disable', row)}>
              停用
            </Button>
          )}
          <Button size="small" onClick={() => onAction('reset', row)}>
            重置密码
          </Button>
        </Stack>
      ),
    },
  ];
}
