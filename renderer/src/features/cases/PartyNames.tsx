import { Fragment } from 'react';
import Box from '@mui/material/Box';
import { PARTY_SEPARATOR, partiesShown } from '../../../../shared/cases/partyMatch';

/**
 * A row's 当事人, never cut to 「王…」: names wrap (two lines in the ledger's
 * row, the whole list on hover) and, after a search, the party it matched
 * comes first with the matched text marked (issue 13, item 15).
 */
export function PartyNames({ partyNames, q, lines }: { partyNames: string; q?: string; lines?: number }) {
  const { names, match } = partiesShown(partyNames, q);
  return (
    <Box
      component="span"
      title={partyNames}
      sx={{
        overflowWrap: 'anywhere',
        lineHeight: 1.35,
        ...(lines && {
          display: '-webkit-box',
          WebkitLineClamp: lines,
          WebkitBoxOrient: 'vertical',
          overflow: 'hidden',
          whiteSpace: 'normal',
        }),
        '& mark': { bgcolor: 'warning.light', color: 'inherit', borderRadius: 0.5, px: 0.25 },
      }}
    >
      {names.map((name, index) => (
        <Fragment key={index}>
          {index > 0 && PARTY_SEPARATOR}
          {index === 0 && match ? (
            <>
              {name.slice(0, match.start)}
              <mark>{name.slice(match.start, match.end)}</mark>
              {name.slice(match.end)}
            </>
          ) : (
            name
          )}
        </Fragment>
      ))}
    </Box>
  );
}
