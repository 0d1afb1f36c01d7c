import { useCallback, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoad } from '../../hooks/useLoad';
import { EventDetailDialog } from './EventDetailDialog';
import { categoryLabel, minuteText } from './watchText';

/**
 * On a case record: 「来源：视频监控值班记录 #N（时间、点位）」 when the case
 * was turned from a duty-log event, with the way back to the event's record.
 * Shows nothing for a case of another origin.
 */
export function CaseWatchSource({ caseId }: { caseId: number }) {
  const source = useLoad(useCallback(() => api.watch.eventOfCase({ caseId }), [caseId]));
  const [open, setOpen] = useState(false);
  const e = source.data;
  if (source.error) return <ErrorAlert error={source.error} />;
  if (!e) return null;
  const point = e.pointCode ? `、点位 ${e.pointCode} ${e.pointName ?? ''}` : '';
  return (
    <>
      <Alert
        severity="info"
        sx={{ mb: 2 }}
        data-testid="case-watch-source"
        action={
          <Button color="inherit" size="small" onClick={() => setOpen(true)}>
            查看值班记录
          </Button>
        }
      >
        来源：视频监控值班记录 #{e.eventId}（{minuteText(e.occurredAt)}
        {point}，{categoryLabel(e.category)}，记录人 {e.recordedBy}）
      </Alert>
      {open && <EventDetailDialog eventId={e.eventId} onClose={() => setOpen(false)} />}
    </>
  );
}
