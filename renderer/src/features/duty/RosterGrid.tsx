import { useMemo, useRef, useState, type DragEvent, type KeyboardEvent, type RefObject } from 'react';
import Box from '@mui/material/Box';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import type { Assignment, Person } from '../../../../shared/duty/rules';
import type { LeaveEntry } from '../../../../shared/duty/schemas';
import { dayLabel, shiftLabel, weekdayChar, type ShiftTemplate } from '../../../../shared/duty/shifts';
import type { PersonCounts } from '../../../../shared/duty/validate';
import { cellKey, cellsOf, isWeekend, type IssueMarks, type ShiftChip } from './rosterGrid';
import { LEAVE_COLOUR, OFF_DAY_COLOUR, shiftColour } from './shiftLook';

interface RosterGridProps {
  days: string[];
  people: Person[];
  template: ShiftTemplate;
  roster: Assignment[];
  leave: LeaveEntry[];
  isOffDay: (date: string) => boolean;
  marks: IssueMarks;
  counts: PersonCounts[];
  spread: { shifts: number; nights: number; offDays: number; hours: number };
  /** Null when the roster is read only (published, or not the director). */
  onSet: ((personId: number, date: string, shift: string | null) => void) | null;
  /** A shift chip dropped on another cell; null when the roster is read only. */
  onMove: ((chip: ShiftChip, to: { personId: number; date: string }) => void) | null;
  onUndo: () => void;
  gridRef: RefObject<HTMLTableElement | null>;
}

/** Moves the keyboard focus to a person's day (a click on an issue lands here). */
export function focusCell(grid: HTMLTableElement | null, personId: number, date: string): void {
  grid?.querySelector<HTMLElement>(`[data-cell="${cellKey(personId, date)}"]`)?.focus();
}

const CELL = 26;
const border = '1px solid rgba(0, 0, 0, 0.18)';
const ISSUE = 'inset 0 0 0 2px #d32f2f';
const sticky = { position: 'sticky', left: 0, zIndex: 1, bgcolor: 'background.paper' } as const;

/**
 * 值班表 month grid: a row per person, a column per day (weekday, weekends and
 * holidays tinted), each cell the person's shift letter in the shift's colour,
 * leave greyed; a cell an issue points at is framed red, and so is the head of
 * a day with an uncovered shift. Click a cell, or focus it and press Enter,
 * for a menu of the shifts and 休; type a shift's letter to set it, Delete or
 * 0 for 休, the arrows to move, Ctrl+Z to undo. With a mouse, a shift's chip
 * can also be dragged to another cell (another person that day, or another
 * day of the same person; native drag and drop), an edit like any other. The
 * counts stand at the end of each row, the month's spread below them.
 */
export function RosterGrid(props: RosterGridProps) {
  const {
    days,
    people,
    template,
    roster,
    leave,
    isOffDay,
    marks,
    counts,
    spread,
    onSet,
    onMove,
    onUndo,
    gridRef,
  } = props;
  const cells = useMemo(() => cellsOf(roster), [roster]);
  const away = useMemo(() => {
    const m = new Map<string, LeaveEntry[]>();
    for (const l of leave)
      m.set(cellKey(l.personId, l.date), [...(m.get(cellKey(l.personId, l.date)) ?? []), l]);
    return m;
  }, [leave]);
  const countOf = useMemo(() => new Map(counts.map((c) => [c.personId, c])), [counts]);
  const [active, setActive] = useState<string | null>(null);
  const [menu, setMenu] = useState<{ anchor: HTMLElement; personId: number; date: string } | null>(null);
  // The chip being dragged (read only by the drop handlers: a drag never leaves this grid, and
  // dataTransfer cannot be read while dragging over a cell) and the cell under it, outlined.
  const dragged = useRef<ShiftChip | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const byKey = new Map(template.shifts.map((s) => [s.key, s]));
  const first = people[0] && days[0] ? cellKey(people[0].id, days[0]) : null;
  const tabStop = active ?? first;

  const move = (row: number, col: number) => {
    const p = people[Math.max(0, Math.min(people.length - 1, row))];
    const d = days[Math.max(0, Math.min(days.length - 1, col))];
    if (p && d) focusCell(gridRef.current, p.id, d);
  };

  const onKey = (e: KeyboardEvent<HTMLElement>, row: number, col: number) => {
    const p = people[row]!;
    const d = days[col]!;
    const set = (shift: string | null) => {
      e.preventDefault();
      onSet?.(p.id, d, shift);
    };
    const to: Record<string, [number, number]> = {
      ArrowLeft: [row, col - 1],
      ArrowRight: [row, col + 1],
      ArrowUp: [row - 1, col],
      ArrowDown: [row + 1, col],
      Home: [row, 0],
      End: [row, days.length - 1],
    };
    const target = to[e.key];
    if (target) {
      e.preventDefault();
      move(...target);
    } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') {
      e.preventDefault();
      onUndo();
    } else if (!onSet || e.ctrlKey || e.metaKey || e.altKey) return;
    else if (e.key === 'Enter' || e.key === ' ' || e.key === 'F2') {
      e.preventDefault();
      setMenu({ anchor: e.currentTarget, personId: p.id, date: d });
    } else if (e.key === 'Delete' || e.key === 'Backspace' || e.key === '0') set(null);
    else if (byKey.has(e.key.toUpperCase())) set(e.key.toUpperCase());
  };

  const head = (date: string) => {
    const off = isOffDay(date);
    const marker = off && !isWeekend(date) ? '节' : !off && isWeekend(date) ? '班' : '';
    const problems = marks.days.get(date);
    const title = `${dayLabel(date)} 星期${weekdayChar(date)}${off ? '（休息日）' : ''}${marker === '班' ? '（调休上班）' : ''}${problems ? `\n${problems.join('\n')}` : ''}`;
    return (
      <Box
        component="th"
        key={date}
        scope="col"
        title={title}
        aria-label={title}
        sx={{
          width: CELL,
          p: 0,
          border,
          fontWeight: 400,
          lineHeight: 1.25,
          color: off ? 'error.dark' : 'text.primary',
          bgcolor: off ? OFF_DAY_COLOUR : 'background.paper',
          boxShadow: problems ? ISSUE : undefined,
        }}
      >
        <div>{Number(date.slice(8))}</div>
        <div>{weekdayChar(date)}</div>
        <Box sx={{ fontSize: 11, height: 14, color: marker === '班' ? 'text.secondary' : 'error.dark' }}>
          {marker}
        </Box>
      </Box>
    );
  };

  const dropProps = (personId: number, date: string, k: string) =>
    onMove
      ? {
          onDragOver: (e: DragEvent<HTMLElement>) => {
            if (!dragged.current) return;
            e.preventDefault();
            e.dataTransfer.dropEffect = 'move';
            if (over !== k) setOver(k);
          },
          onDragLeave: () => setOver((o) => (o === k ? null : o)),
          onDrop: (e: DragEvent<HTMLElement>) => {
            const moving = dragged.current;
            if (!moving) return;
            e.preventDefault();
            dragged.current = null;
            setOver(null);
            onMove(moving, { personId, date });
          },
        }
      : {};

  const chip = (personId: number, date: string, shift: string) => (
    <Box
      component="span"
      key={shift}
      draggable={onMove !== null}
      data-chip={shift}
      onDragStart={(e: DragEvent<HTMLElement>) => {
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', `${dayLabel(date)} ${shift}`);
        dragged.current = { personId, date, shift };
      }}
      onDragEnd={() => {
        dragged.current = null;
        setOver(null);
      }}
      sx={{ cursor: onMove ? 'grab' : 'inherit', px: 0.25 }}
    >
      {shift}
    </Box>
  );

  const cell = (person: Person, date: string, row: number, col: number) => {
    const k = cellKey(person.id, date);
    const keys = cells.get(k) ?? [];
    const leaves = away.get(k) ?? [];
    const wholeDay = leaves.some((l) => l.shift === null);
    const problems = marks.cells.get(k);
    const words = [
      `${dayLabel(date)}（${weekdayChar(date)}）${person.name}：${
        keys.length ? keys.map((s) => (byKey.has(s) ? shiftLabel(byKey.get(s)!) : s)).join('、') : '休'
      }`,
      ...leaves.map((l) => `请假${l.shift ? `（${l.shift} 班）` : ''}：${l.reason}`),
      ...(problems ?? []),
    ].join('；');
    const bg =
      keys.length > 0
        ? shiftColour(template, keys[0]!)
        : leaves.length
          ? LEAVE_COLOUR
          : isOffDay(date)
            ? '#fff8f7'
            : 'background.paper';
    return (
      <Box
        component="td"
        key={date}
        role="gridcell"
        data-cell={k}
        tabIndex={tabStop === k ? 0 : -1}
        aria-label={words}
        aria-invalid={problems ? true : undefined}
        title={words}
        onFocus={() => setActive(k)}
        onKeyDown={(e) => onKey(e, row, col)}
        onClick={(e) => onSet && setMenu({ anchor: e.currentTarget, personId: person.id, date })}
        {...dropProps(person.id, date, k)}
        sx={{
          width: CELL,
          height: 28,
          p: 0,
          border,
          textAlign: 'center',
          fontWeight: 600,
          cursor: onSet ? 'pointer' : 'default',
          bgcolor: bg,
          color: keys.length === 0 && leaves.length ? 'text.secondary' : 'text.primary',
          backgroundImage:
            leaves.length && !wholeDay
              ? 'linear-gradient(135deg, transparent 70%, rgba(0,0,0,0.25) 70%)'
              : undefined,
          boxShadow: problems ? ISSUE : undefined,
          outline: over === k ? '2px dashed #1565c0' : undefined,
          outlineOffset: -3,
          '&:focus-visible': { outline: '2px solid #1565c0', outlineOffset: -3 },
        }}
      >
        {keys.length ? keys.map((s) => chip(person.id, date, s)) : wholeDay ? '假' : ''}
      </Box>
    );
  };

  const num = { width: 40, p: 0.25, border, textAlign: 'center' } as const;
  const menuTemplate = menu && template.shifts;

  return (
    <Box sx={{ overflowX: 'auto', mb: 2 }}>
      <Box
        component="table"
        role="grid"
        aria-label="值班表"
        ref={gridRef}
        sx={{
          borderCollapse: 'collapse',
          tableLayout: 'fixed',
          fontSize: 13,
          '& th, & td': { fontSize: 13 },
        }}
      >
        <thead>
          <tr>
            <Box component="th" scope="col" sx={{ ...sticky, width: 68, border, fontWeight: 600 }}>
              值班员
            </Box>
            {days.map(head)}
            <Box component="th" scope="col" sx={{ ...num, fontWeight: 600 }}>
              班次
            </Box>
            <Box component="th" scope="col" sx={{ ...num, fontWeight: 600 }}>
              夜班
            </Box>
            <Box component="th" scope="col" sx={{ ...num, fontWeight: 600, lineHeight: 1.2 }}>
              周末节假
            </Box>
            <Box component="th" scope="col" sx={{ ...num, fontWeight: 600 }}>
              工时
            </Box>
          </tr>
        </thead>
        <tbody>
          {people.map((person, row) => {
            const c = countOf.get(person.id);
            return (
              <tr key={person.id}>
                <Box
                  component="th"
                  scope="row"
                  sx={{
                    ...sticky,
                    border,
                    px: 0.5,
                    fontWeight: 400,
                    textAlign: 'left',
                    whiteSpace: 'nowrap',
                  }}
                >
                  {person.name}
                </Box>
                {days.map((d, col) => cell(person, d, row, col))}
                <Box component="td" sx={num} data-testid="count-shifts">
                  {c?.shifts ?? 0}
                </Box>
                <Box component="td" sx={num} data-testid="count-nights">
                  {c?.nights ?? 0}
                </Box>
                <Box component="td" sx={num} data-testid="count-offDays">
                  {c?.offDays ?? 0}
                </Box>
                <Box component="td" sx={num} data-testid="count-hours">
                  {c?.hours ?? 0}
                </Box>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr aria-label="本月差距">
            <Box
              component="th"
              scope="row"
              colSpan={days.length + 1}
              sx={{ border, px: 1, fontWeight: 400, textAlign: 'right', color: 'text.secondary' }}
            >
              各人差距（最多减最少，未折算请假）
            </Box>
            <Box component="td" sx={num} data-testid="spread-shifts">
              {spread.shifts}
            </Box>
            <Box component="td" sx={num} data-testid="spread-nights">
              {spread.nights}
            </Box>
            <Box component="td" sx={num} data-testid="spread-offDays">
              {spread.offDays}
            </Box>
            <Box component="td" sx={num} data-testid="spread-hours">
              {spread.hours}
            </Box>
          </tr>
        </tfoot>
      </Box>
      <Menu anchorEl={menu?.anchor ?? null} open={menu !== null} onClose={() => setMenu(null)}>
        {menuTemplate &&
          menuTemplate.map((s) => (
            <MenuItem
              key={s.key}
              onClick={() => {
                onSet?.(menu.personId, menu.date, s.key);
                setMenu(null);
              }}
            >
              <Box
                component="span"
                sx={{
                  width: 22,
                  mr: 1,
                  textAlign: 'center',
                  fontWeight: 600,
                  bgcolor: shiftColour(template, s.key),
                }}
              >
                {s.key}
              </Box>
              {shiftLabel(s)}
            </MenuItem>
          ))}
        {menu && (
          <MenuItem
            onClick={() => {
              onSet?.(menu.personId, menu.date, null);
              setMenu(null);
            }}
          >
            <Box component="span" sx={{ width: 22, mr: 1 }} />
            休（不排班）
          </MenuItem>
        )}
      </Menu>
    </Box>
  );
}
