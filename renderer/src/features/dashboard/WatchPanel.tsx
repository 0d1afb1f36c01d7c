import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useWatchNow } from '../watch/useWatchNow';
import { categoryLabel, minuteText, pointText, shortTime } from '../watch/watchText';

/** How many open events the desk lists; the duty screen has them all. */
const SHOWN = 6;

/**
 * 值班日志 on the desk: who keeps the watch now, the open events (overdue
 * ones first, in red, 「督办：已超时」) and how many dispatches are late, with
 * the way to the duty screen. Refreshed with the duty screen's clock.
 */
export function WatchPanel({ onOpenWatch }: { onOpenWatch: () => void }) {
  const now = useWatchNow();
  const n = now.data;
  return (
    <Paper component="section" aria-label="值班日志" sx={{ p: 2.5, mb: 3 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline', mb: 1, flexWrap: 'wrap' }}>
        <Typography variant="h6" component="h2">
          值班日志
        </Typography>
        {n && n.overdueCount > 0 && (
          <Typography sx={{ color: 'error.main', fontWeight: 700 }} data-testid="desk-overdue">
            督办超时 {n.overdueCount} 起
          </Typography>
        )}
        <Button size="small" onClick={onOpenWatch} sx={{ ml: 'auto !important' }}>
          前往值班日志
        </Button>
      </Stack>
      <ErrorAlert error={now.error} />
      {!n ? (
        !now.error && <Typography color="text.secondary">正在读取…</Typography>
      ) : (
        <>
          <Typography sx={{ mb: 1 }}>
            {n.shift
              ? `${n.shift.operatorName} 值「${n.shift.shiftName}」，${minuteText(n.shift.openedAt)} 接班`
              : '现在无人接班。'}
            {n.openEvents.length > 0 ? `；未结事件 ${n.openEvents.length} 起` : '；没有未结事件'}
          </Typography>
          {n.openEvents.length > 0 && (
            <List dense disablePadding aria-label="未结事件">
              {n.openEvents.slice(0, SHOWN).map((e) => (
                <ListItem
                  key={e.id}
                  disableGutters
                  sx={e.overdue ? { color: 'error.main' } : undefined}
                  data-overdue={e.overdue ? 'true' : undefined}
                >
                  <Typography variant="body2" sx={{ color: 'inherit' }} noWrap>
                    {e.overdue && <strong>督办：已超时 </strong>}
                    {shortTime(e.occurredAt, n.at)} {pointText(e)} {categoryLabel(e.category)}：
                    {e.description}
                  </Typography>
                </ListItem>
              ))}
              {n.openEvents.length > SHOWN && (
                <Typography variant="body2" color="text.secondary">
                  另有 {n.openEvents.length - SHOWN} 起，见「值班日志」。
                </Typography>
              )}
            </List>
          )}
        </>
      )}
    </Paper>
  );
}
