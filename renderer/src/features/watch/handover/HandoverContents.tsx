import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { durationText } from '../../../../../shared/watch/clock';
import { EVENT_ACTIONS, EVENT_CATEGORIES, FAULT_SYMPTOMS } from '../../../../../shared/watch/codes';
import type { EventSnapshot, FaultSnapshot } from '../../../../../shared/watch/handover';

const hm = (at: string) => at.replace('T', ' ');

/** The open faults and events handed over: the snapshot both operators sign. */
export function HandoverContents({
  faults,
  events,
}: {
  faults: readonly FaultSnapshot[];
  events: readonly EventSnapshot[];
}) {
  return (
    <>
      <Typography variant="subtitle2" component="h3">
        未修复设备故障（{faults.length} 处）
      </Typography>
      {faults.length === 0 ? (
        <Typography color="text.secondary">无</Typography>
      ) : (
        <List dense disablePadding aria-label="未修复设备故障">
          {faults.map((f) => (
            <ListItem key={f.id} disableGutters>
              <ListItemText
                primary={`${f.pointCode ? `${f.pointCode} ${f.pointName ?? ''}` : (f.device ?? '')} ${FAULT_SYMPTOMS[f.symptom]}`}
                secondary={`${hm(f.foundAt)} 发现，已停机 ${durationText(f.downtimeMinutes)}`}
              />
            </ListItem>
          ))}
        </List>
      )}
      <Typography variant="subtitle2" component="h3">
        未办结事件（{events.length} 起）
      </Typography>
      {events.length === 0 ? (
        <Typography color="text.secondary">无</Typography>
      ) : (
        <List dense disablePadding aria-label="未办结事件">
          {events.map((e) => (
            <ListItem
              key={e.id}
              disableGutters
              secondaryAction={
                e.beingHandled ? <Chip size="small" color="warning" label="处置中" /> : undefined
              }
            >
              <ListItemText
                primary={`${hm(e.occurredAt)} ${e.pointName ?? ''} ${EVENT_CATEGORIES[e.category]}：${e.description}`}
                secondary={[EVENT_ACTIONS[e.action], ...e.dispatches].join('；')}
              />
            </ListItem>
          ))}
        </List>
      )}
    </>
  );
}
