import { useCallback } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Facts } from '../../components/Facts';
import { useLoad } from '../../hooks/useLoad';
import { actionLabel, categoryLabel, minuteText, pointText, dispatchRecord } from './watchText';

/**
 * One duty-log event as recorded (值班记录 #N), read fresh from the core:
 * opened from the duty screen's lists and from the case it became.
 */
export function EventDetailDialog({
  eventId,
  onClose,
  onOpenCase,
}: {
  eventId: number;
  onClose: () => void;
  onOpenCase?: (caseId: number) => void;
}) {
  const loaded = useLoad(useCallback(() => api.watch.event({ id: eventId }), [eventId]));
  const e = loaded.data;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="watch-event-title">
      <DialogTitle id="watch-event-title">值班记录 #{eventId}</DialogTitle>
      <DialogContent>
        <ErrorAlert error={loaded.error} />
        {!e ? (
          !loaded.error && <Typography color="text.secondary">正在读取…</Typography>
        ) : (
          <Facts
            facts={[
              { label: '时间', value: minuteText(e.occurredAt) },
              { label: '点位', value: pointText(e) },
              { label: '类别', value: categoryLabel(e.category) },
              { label: '处置', value: actionLabel(e.action) },
              { label: '记录人', value: e.recordedBy },
              {
                label: '状态',
                value:
                  e.status === 'closed' ? `已办结（${minuteText(e.closedAt)}，${e.closedBy ?? ''}）` : '未结',
              },
              { label: '发现情况', value: e.description, wide: true },
              {
                label: '派遣与督办',
                value: e.dispatches.map(dispatchRecord).join('\n'),
                wide: true,
              },
              { label: '处置结果', value: e.result, wide: true },
              { label: '录像另存', value: e.footageSaved },
              {
                label: '转入台账',
                value:
                  e.caseCode && e.caseId && onOpenCase ? (
                    <Button size="small" sx={{ ml: -1 }} onClick={() => onOpenCase(e.caseId!)}>
                      案件 {e.caseCode}
                    </Button>
                  ) : (
                    e.caseCode && `案件 ${e.caseCode}`
                  ),
              },
            ]}
          />
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>关闭</Button>
      </DialogActions>
    </Dialog>
  );
}
