import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { shiftLabel, type ShiftTemplate } from '../../../../shared/duty/shifts';

/**
 * One colour per shift of the template, in its order: light enough to read a
 * black letter on, far enough apart to tell at a glance. The letter is always
 * there too, so nothing depends on telling colours apart (or on a colour print).
 */
const PALETTE = ['#fff3c4', '#c8e6fa', '#d9ccf0', '#c9ebcb', '#f9d0dc', '#c4ecef'];

export const LEAVE_COLOUR = '#e0e0e0';
export const OFF_DAY_COLOUR = '#fdecea';

export function shiftColour(template: ShiftTemplate, key: string): string {
  const i = template.shifts.findIndex((s) => s.key === key);
  return i < 0 ? '#ffffff' : PALETTE[i % PALETTE.length]!;
}

const Swatch = ({ colour, text }: { colour: string; text: string }) => (
  <Box
    component="span"
    sx={{
      display: 'inline-flex',
      alignItems: 'center',
      justifyContent: 'center',
      minWidth: 22,
      height: 22,
      px: 0.5,
      mr: 0.75,
      bgcolor: colour,
      border: 1,
      borderColor: 'divider',
      fontWeight: 600,
      fontSize: 13,
    }}
  >
    {text}
  </Box>
);

/** 图例: each shift's letter, colour, name and hours; leave and days off. */
export function ShiftLegend({ template }: { template: ShiftTemplate }) {
  return (
    <Stack
      direction="row"
      aria-label="图例"
      sx={{ flexWrap: 'wrap', columnGap: 2.5, rowGap: 0.5, alignItems: 'center', mb: 1 }}
    >
      {template.shifts.map((s) => (
        <Typography key={s.key} variant="body2" sx={{ display: 'inline-flex', alignItems: 'center' }}>
          <Swatch colour={shiftColour(template, s.key)} text={s.key} />
          {shiftLabel(s)}
          {s.minStaff > 1 ? ` 每班 ${s.minStaff} 人` : ''}
        </Typography>
      ))}
      <Typography variant="body2" sx={{ display: 'inline-flex', alignItems: 'center' }}>
        <Swatch colour={LEAVE_COLOUR} text="假" />
        请假
      </Typography>
      <Typography variant="body2" sx={{ display: 'inline-flex', alignItems: 'center' }}>
        <Swatch colour={OFF_DAY_COLOUR} text="六" />
        周末、节假日（「节」为节假日，「班」为调休上班）
      </Typography>
    </Stack>
  );
}
