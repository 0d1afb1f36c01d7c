import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { toLocalDate } from '../../../../shared/dates';
import type { SessionUser } from '../../../../shared/session/schemas';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { SelectField } from '../../components/SelectField';
import { useRemembered } from '../../hooks/useRemembered';
import { useConfirmLeave } from '../../app/leaveGuard';
import { DutySetupTab } from './DutySetupTab';
import { LeaveLeadersTab } from './LeaveLeadersTab';
import { MyDuty } from './MyDuty';
import { RosterMonthTab } from './RosterMonthTab';
import { monthLabel } from '../../../../shared/duty/shifts';
import { firstMonth, monthChoices } from './rosterGrid';
import { SwapsTab } from './SwapsTab';
import { useDutySetup, useRosterData } from './useRosterData';

type RosterTab = 'month' | 'leave' | 'swaps' | 'mine' | 'setup';

/** This month by the window's clock. */
const thisMonthNow = () => toLocalDate(new Date()).slice(0, 7);

/**
 * 值班排班: the month's roster grid, leave and 带班领导, swaps, one's own
 * shifts, and (for the director) the set-up. The month picked is kept while
 * the user is elsewhere; the first time it opens on this month, or for the
 * director on the next once this one is published.
 */
export function RosterPage({ user }: { user: SessionUser }) {
  const director = user.role === 'director';
  const [month, setMonth] = useRemembered<string | null>(`roster:${user.id}:month`, null);
  const [tab, setTab] = useRemembered<RosterTab>(`roster:${user.id}:tab`, 'month');
  const [thisMonth] = useState(thisMonthNow);
  // Another month or tab drops the grid's unsaved edits: the grid's guard asks first (RosterMonthTab).
  const confirmLeave = useConfirmLeave();

  useEffect(() => {
    if (month !== null) return;
    if (!director) {
      setMonth(thisMonth);
      return;
    }
    void api.duty.month({ month: thisMonth }).then((r) => {
      setMonth(firstMonth(thisMonth, true, r.ok && r.value.published !== null));
    });
  }, [month, director, thisMonth, setMonth]);

  const shown = (tab === 'leave' || tab === 'setup') && !director ? 'month' : tab;

  return (
    <>
      <PageTitle>值班排班</PageTitle>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-end', mb: 1 }}>
        <Box sx={{ borderBottom: 1, borderColor: 'divider', flexGrow: 1 }}>
          <Tabs
            value={shown}
            onChange={(_, next: RosterTab) => confirmLeave(() => setTab(next))}
            aria-label="值班排班分类"
          >
            <Tab value="month" label="月度值班表" />
            {director && <Tab value="leave" label="请假与带班" />}
            <Tab value="swaps" label="调班" />
            <Tab value="mine" label="我的值班" />
            {director && <Tab value="setup" label="排班设置" />}
          </Tabs>
        </Box>
        {shown !== 'mine' && shown !== 'setup' && month !== null && (
          <SelectField
            label="月份"
            size="small"
            fullWidth={false}
            sx={{ width: 150, flexShrink: 0 }}
            value={month}
            onChange={(e) => {
              const next = e.target.value;
              confirmLeave(() => setMonth(next));
            }}
            options={monthChoices(thisMonth, month).map((m) => ({ value: m, label: monthLabel(m) }))}
          />
        )}
      </Stack>
      <Box sx={{ pt: 2 }}>
        {shown === 'setup' ? (
          <DutySetupTab />
        ) : shown === 'mine' ? (
          <MyDuty user={user} thisMonth={thisMonth} />
        ) : month === null ? (
          <Typography color="text.secondary">正在读取…</Typography>
        ) : (
          <MonthTabs key={month} tab={shown} month={month} user={user} />
        )}
      </Box>
    </>
  );
}

/** The tabs that show one month; keyed by the month so nothing of another month's edits survives a switch. */
function MonthTabs({ tab, month, user }: { tab: RosterTab; month: string; user: SessionUser }) {
  const director = user.role === 'director';
  const setup = useDutySetup();
  const data = useRosterData(month);
  const error = setup.error ?? data.error;
  if (!setup.data || !data.view || !data.isOffDay)
    return error ? <ErrorAlert error={error} /> : <Typography color="text.secondary">正在读取…</Typography>;
  return (
    <>
      <ErrorAlert error={error} />
      {tab === 'month' && (
        <RosterMonthTab
          month={month}
          director={director}
          setup={setup.data}
          view={data.view}
          previous={data.previous}
          isOffDay={data.isOffDay}
          reload={data.reload}
        />
      )}
      {tab === 'leave' && <LeaveLeadersTab month={month} view={data.view} reload={data.reload} />}
      {tab === 'swaps' && <SwapsTab user={user} view={data.view} reload={data.reload} />}
    </>
  );
}
