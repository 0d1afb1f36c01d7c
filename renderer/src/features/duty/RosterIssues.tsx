import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import type { RosterIssue } from '../../../../shared/duty/validate';

/**
 * 待解决的问题: every uncovered hour and broken rule the validator found, each
 * a button that moves the focus to the cell to fix. `source` says whose list
 * it is: the edits on this screen (checked here, at once) or the roster as the
 * server keeps it.
 */
export function RosterIssues({
  issues,
  source,
  onPick,
}: {
  issues: RosterIssue[];
  source: 'local' | 'server';
  onPick: (issue: RosterIssue) => void;
}) {
  if (issues.length === 0)
    return (
      <Alert severity="success" sx={{ mb: 2 }} role="status" aria-label="校验结果">
        {source === 'local'
          ? '当前修改已校验：每个时段都有人值班，没有违反排班规则。'
          : '校验通过：每个时段都有人值班，没有违反排班规则。'}
      </Alert>
    );
  return (
    <Box component="section" aria-label="待解决的问题" sx={{ mb: 2 }}>
      <Alert severity="error" sx={{ mb: 1 }} role="status" aria-label="校验结果">
        {source === 'local' ? '当前修改' : '值班表'}有 {issues.length}{' '}
        处问题，须全部解决才能发布。点一条问题可跳到对应的格子。
      </Alert>
      <List
        dense
        disablePadding
        sx={{ maxHeight: 240, overflowY: 'auto', border: 1, borderColor: 'divider' }}
      >
        {issues.map((issue, n) => {
          const text = (
            <ListItemText
              primary={
                <Typography variant="body2" color="error.dark">
                  {issue.message}
                </Typography>
              }
            />
          );
          // A template's gap is every day's: there is no one cell to go to.
          return issue.date ? (
            <ListItemButton key={`${n}-${issue.message}`} divider onClick={() => onPick(issue)}>
              {text}
            </ListItemButton>
          ) : (
            <ListItem key={`${n}-${issue.message}`} divider>
              {text}
            </ListItem>
          );
        })}
      </List>
    </Box>
  );
}
