import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import PersonAddOutlined from '@mui/icons-material/PersonAddOutlined';
import { DataGrid } from '@mui/x-data-grid';
import type { Account } from '../../../../shared/accounts/schemas';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { gridLocaleText } from '../../theme';
import { accountColumns, type AccountAction } from './accountColumns';
import { CreateAccountDialog } from './CreateAccountDialog';
import { DisableAccountDialog } from './DisableAccountDialog';
import { EditAccountDialog } from './EditAccountDialog';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { useAccounts } from './useAccounts';

type OpenDialog = { kind: 'create' } | { kind: AccountAction; account: Account } | null;

/** The director's list of accounts, with create, edit, disable and password reset. */
export function AccountsPage({ currentUserId }: { currentUserId: number }) {
  const accounts = useAccounts();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [notice, setNotice] = useState('');

  const columns = useMemo(
    () => accountColumns(currentUserId, (kind, account) => setDialog({ kind, account })),
    [currentUserId],
  );

  const close = () => setDialog(null);
  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
    void accounts.reload();
  };

  return (
    <>
      <PageTitle>账户管理</PageTitle>
      <Stack direction="row" sx={{ mb: 2, alignItems: 'center' }}>
        <Button
          variant="contained"
          startIcon={<PersonAddOutlined />}
          onClick={() => {
            setNotice('');
            setDialog({ kind: 'create' });
          }}
        >
          新建账户
        </Button>
      </Stack>
      {notice && (
        <Alert severity="success" sx={{ mb: 2 }} onClose={() => setNotice('')}>
          {notice}
        </Alert>
      )}
      <ErrorAlert error={accounts.error} />
      <Box sx={{ bgcolor: 'background.paper' }}>
        <DataGrid
          aria-label="账户列表"
          rows={accounts.data ?? []}
          columns={columns}
          loading={accounts.loading}
          localeText={gridLocaleText}
          autoHeight
          disableRowSelectionOnClick
          // Few rows; rendering them all keeps every row button in the DOM for keyboard and tests.
          disableVirtualization
        />
      </Box>
      {dialog?.kind === 'create' && <CreateAccountDialog onClose={close} onDone={done} />}
      {dialog?.kind === 'edit' && (
        <EditAccountDialog account={dialog.account} onClose={close} onDone={done} />
      )}
      {dialog?.kind === 'disable' && (
        <DisableAccountDialog account={dialog.account} onClose={close} onDone={done} />
      )}
      {dialog?.kind === 'reset' && (
        <ResetPasswordDialog account={dialog.account} onClose={close} onDone={done} />
      )}
    </>
  );
}
