import { useMemo } from 'react';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { INTAKE_CHANNELS, INTAKE_OUTCOMES } from '../../../../shared/cases/codes';
import { ErrorAlert } from '../../components/ErrorAlert';
import { optionsOf, SelectField } from '../../components/SelectField';
import { intakeColumns } from './intakeColumns';
import type { IntakeFilter, IntakeListState } from './useIntakeList';
import { PagedGrid } from '../../components/PagedGrid';
import { DateField } from '../../components/dates/DateFields';

interface IntakeListProps {
  list: IntakeListState;
  onOpenCase: (id: number) => void;
}

/** The first-contact log, newest first, paged on the server. */
export function IntakeList({ list, onOpenCase }: IntakeListProps) {
  const { filter, setFilterField, pagination, setPagination, intakes } = list;
  const columns = useMemo(() => intakeColumns(onOpenCase), [onOpenCase]);

  const set = (key: keyof IntakeFilter) => (e: { target: { value: string } }) =>
    setFilterField(key, e.target.value);

  return (
    <Box component="section" aria-label="首问登记记录">
      <Typography variant="h6" component="h2" sx={{ mb: 1.5 }}>
        登记记录
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gap: 1.5,
          mb: 2,
          gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))',
        }}
      >
        <SelectField
          label="方式"
          size="small"
          emptyLabel="全部"
          options={optionsOf(INTAKE_CHANNELS)}
          value={filter.channel}
          onChange={set('channel')}
        />
        <SelectField
          label="办理结果"
          size="small"
          emptyLabel="全部"
          options={optionsOf(INTAKE_OUTCOMES)}
          value={filter.outcome}
          onChange={set('outcome')}
        />
        <DateField label="登记日期 从" size="small" value={filter.from} onChange={set('from')} />
        <DateField label="登记日期 至" size="small" value={filter.to} onChange={set('to')} />
        <TextField
          label="关键词"
          type="search"
          size="small"
          placeholder="姓名、电话、事项"
          value={filter.q}
          onChange={set('q')}
          sx={{ gridColumn: 'span 2' }}
          slotProps={{ htmlInput: { maxLength: 50 } }}
        />
      </Box>
      <ErrorAlert error={intakes.error} />
      <Box sx={{ height: 520, bgcolor: 'background.paper' }}>
        <PagedGrid
          label="首问登记记录"
          rows={intakes.data?.rows ?? []}
          total={intakes.data?.total ?? 0}
          columns={columns}
          loading={intakes.loading}
          pagination={pagination}
          onPaginationChange={setPagination}
        />
      </Box>
    </Box>
  );
}
