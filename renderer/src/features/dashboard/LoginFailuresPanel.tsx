import { useCallback } from 'react';
import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoad } from '../../hooks/useLoad';
import type { LoginFailureKind } from '../../../../shared/accounts/schemas';

const KIND_LABELS: Record<LoginFailureKind, string> = {
  login: '登录',
  unlock: '解锁',
  recover: '恢复密钥',
};

/** `2026-11-24T09:00:05` → `2026-11-24 09:00:05`: to the second, as the audit trail has it. */
const atText = (iso: string) => iso.replace('T', ' ');

/**
 * Failed logins, unlocks and recovery-key tries since the director was last
 * here (issue 9): many in a row under one name is someone guessing.
 */
export function LoginFailuresPanel() {
  const report = useLoad(useCallback(() => api.session.loginFailures({}), []));
  const data = report.data;

  return (
    <Paper component="section" aria-label="登录失败记录" sx={{ p: 3, mt: 3 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 1.5 }}>
        登录失败记录
      </Typography>
      <ErrorAlert error={report.error} />
      {data && (
        <Typography color="text.secondary" sx={{ mb: 1.5 }}>
          {data.since ? `自您上次登录（${atText(data.since)}）以来` : '自档案库建立以来'}
        </Typography>
      )}
      {data &&
        (data.total === 0 ? (
          <Alert severity="success">没有失败的登录。</Alert>
        ) : (
          <>
            <Alert severity="warning" sx={{ mb: 2 }}>
              共有 {data.total} 次失败的登录、解锁或恢复密钥尝试
              {data.total > data.recent.length ? `，下表列出最近 ${data.recent.length} 次` : ''}
              。如非本中心人员输错，请留意是否有人在猜测密码。
            </Alert>
            <Table size="small" aria-label="登录失败明细">
              <TableHead>
                <TableRow>
                  <TableCell>时间</TableCell>
                  <TableCell>方式</TableCell>
                  <TableCell>输入的用户名</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {data.recent.map((f, i) => (
                  <TableRow key={`${f.at}-${i}`}>
                    <TableCell>{atText(f.at)}</TableCell>
                    <TableCell>{KIND_LABELS[f.kind]}</TableCell>
                    <TableCell>{f.username ?? '（无法读取）'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </>
        ))}
    </Paper>
  );
}
