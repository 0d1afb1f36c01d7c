import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import InputAdornment from '@mui/material/InputAdornment';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import { CASE_SOURCES, DIFFICULTIES } from '../../../../shared/cases/codes';
import type { Category, StaffOption } from '../../../../shared/cases/schemas';
import { CASE_STATUSES, type CaseStatus } from '../../../../shared/cases/status';
import { optionsOf, SelectField } from '../../components/SelectField';
import { isFiltered, NO_FILTER, type LedgerFilter } from './ledgerFilter';
import { DateField } from '../../components/dates/DateFields';

interface LedgerFiltersProps {
  filter: LedgerFilter;
  categories: Category[];
  staff: StaffOption[];
  onChange: (filter: LedgerFilter) => void;
}

const STATUS_KEYS = Object.keys(CASE_STATUSES) as CaseStatus[];
const shrink = { inputLabel: { shrink: true } };

/**
 * The ledger's filter bar. Every change applies at once (the server pages and
 * filters, so it is cheap); the search box waits for a pause in typing.
 */
export function LedgerFilters({ filter, categories, staff, onChange }: LedgerFiltersProps) {
  const set = <K extends keyof LedgerFilter>(key: K, value: LedgerFilter[K]) =>
    onChange({ ...filter, [key]: value });
  const text = (key: 'categoryId' | 'source' | 'difficulty' | 'handlerId' | 'from' | 'to') => ({
    value: filter[key],
    onChange: (e: { target: { value: string } }) => set(key, e.target.value as LedgerFilter[typeof key]),
    size: 'small' as const,
  });

  return (
    <Paper component="section" aria-label="筛选条件" sx={{ p: 2, mb: 2 }}>
      <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))' }}>
        <TextField
          label="搜索当事人、情况、地点、备注"
          type="search"
          size="small"
          value={filter.q}
          onChange={(e) => set('q', e.target.value)}
          sx={{ gridColumn: 'span 2' }}
          slotProps={{
            htmlInput: { maxLength: 50 },
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchOutlined fontSize="small" />
                </InputAdornment>
              ),
            },
          }}
        />
        <TextField
          select
          label="状态"
          size="small"
          value={filter.status}
          onChange={(e) => set('status', e.target.value as unknown as CaseStatus[])}
          slotProps={{
            ...shrink,
            select: {
              multiple: true,
              displayEmpty: true,
              renderValue: (selected) => {
                const keys = selected as CaseStatus[];
                return keys.length === 0 ? '全部' : keys.map((k) => CASE_STATUSES[k]).join('、');
              },
            },
          }}
        >
          {STATUS_KEYS.map((key) => (
            <MenuItem key={key} value={key} dense>
              <Checkbox size="small" checked={filter.status.includes(key)} sx={{ p: 0.5, mr: 1 }} />
              <ListItemText primary={CASE_STATUSES[key]} />
            </MenuItem>
          ))}
        </TextField>
        <SelectField
          label="纠纷类型"
          emptyLabel="全部"
          options={categories.map((c) => ({ value: String(c.id), label: c.label }))}
          {...text('categoryId')}
        />
        <SelectField label="来源" emptyLabel="全部" options={optionsOf(CASE_SOURCES)} {...text('source')} />
        <SelectField
          label="难易程度"
          emptyLabel="全部"
          options={optionsOf(DIFFICULTIES)}
          {...text('difficulty')}
        />
        <SelectField
          label="承办人"
          emptyLabel="全部"
          options={staff.map((s) => ({ value: String(s.id), label: s.displayName }))}
          {...text('handlerId')}
        />
        <DateField label="登记日期 从" {...text('from')} />
        <DateField label="登记日期 至" {...text('to')} />
        <FormControlLabel
          label="只看超期"
          control={
            <Checkbox checked={filter.overdueOnly} onChange={(e) => set('overdueOnly', e.target.checked)} />
          }
        />
        <FormControlLabel
          label="只看重大"
          control={
            <Checkbox checked={filter.majorOnly} onChange={(e) => set('majorOnly', e.target.checked)} />
          }
        />
        <Box sx={{ display: 'flex', alignItems: 'center' }}>
          <Button onClick={() => onChange(NO_FILTER)} disabled={!isFiltered(filter)}>
            清除条件
          </Button>
        </Box>
      </Box>
    </Paper>
  );
}
