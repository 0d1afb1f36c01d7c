import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ApiError } from '../../../../shared/api/result';
import { ErrorAlert } from '../../components/ErrorAlert';

/** One row of a desk list: the code that opens it, the party names, what stands at its end. */
export interface DeskRow {
  key: string | number;
  code: string;
  onOpen: () => void;
  partyNames: string;
  /** The tooltip over the names (the names themselves when not given). */
  title?: string;
  /** The chip, and anything before it, at the end of the row. */
  end: ReactNode;
}

/**
 * A panel of the desk: a titled region listing rows (a code that opens the
 * record, the party names in full, a chip), a text when there are none, and
 * an optional line below the rows.
 */
export function DeskList({
  title,
  count,
  rows,
  empty,
  more,
}: {
  title: string;
  /** Shown after the title, e.g. "12 件". */
  count?: string;
  rows: DeskRow[] | undefined;
  empty: string;
  /** A line below the rows, e.g. where to find the rest. */
  more?: string;
}) {
  return (
    <Paper component="section" aria-label={title} sx={{ p: 2.5, flex: 1, minWidth: 0 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {title}
        {count && (
          <Typography component="span" color="text.secondary" sx={{ ml: 1 }}>
            {count}
          </Typography>
        )}
      </Typography>
      {!rows ? (
        <Typography color="text.secondary">正在读取…</Typography>
      ) : rows.length === 0 ? (
        <Typography color="text.secondary">{empty}</Typography>
      ) : (
        <List dense disablePadding>
          {rows.map((row) => (
            // A narrow panel moves what stands at the end to a line of its own rather than squeezing the code.
            <ListItem
              key={row.key}
              disableGutters
              divider
              sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}
            >
              <Link
                component="button"
                type="button"
                underline="hover"
                onClick={row.onOpen}
                sx={{ whiteSpace: 'nowrap' }}
              >
                {row.code}
              </Link>
              {/* Names wrap rather than end in 「王…」 (issue 13, item 15); a long note wraps too. */}
              <Box
                component="span"
                title={row.title ?? row.partyNames}
                sx={{ flex: '1 1 6em', minWidth: 0, overflowWrap: 'anywhere' }}
              >
                {row.partyNames}
              </Box>
              {row.end}
            </ListItem>
          ))}
          {more && (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {more}
            </Typography>
          )}
        </List>
      )}
    </Paper>
  );
}

/** The desk lists of one load side by side (stacked on a narrow window), the load's error above them. */
export function DeskPanels({ error, children }: { error: ApiError | null; children: ReactNode }) {
  return (
    <Box sx={{ mb: 3 }}>
      <ErrorAlert error={error} />
      <Stack direction={{ xs: 'column', lg: 'row' }} spacing={3}>
        {children}
      </Stack>
    </Box>
  );
}
