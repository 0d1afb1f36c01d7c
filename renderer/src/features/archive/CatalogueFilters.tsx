import type { KeyboardEvent } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import { CLASSIFICATIONS, RETENTIONS } from '../../../../shared/archive/codes';
import type { ArchiveBox, ArchiveCategory } from '../../../../shared/archive/schemas';
import { optionsOf, SelectField } from '../../components/SelectField';
import { isCatalogueFiltered, NO_CATALOGUE_FILTER, type CatalogueFilter } from './catalogueFilter';

interface CatalogueFiltersProps {
  filter: CatalogueFilter;
  categories: readonly ArchiveCategory[];
  boxes: readonly ArchiveBox[];
  onChange: (filter: CatalogueFilter) => void;
  /** Enter in the search box: a 档号 typed or scanned opens its item. */
  onSearchEnter: (text: string) => void;
}

const LOAN_OPTIONS = [
  { value: 'in', label: '在库' },
  { value: 'out', label: '借出中' },
];
const STATE_OPTIONS = [
  { value: 'kept', label: '未销毁' },
  { value: 'destroyed', label: '已销毁' },
  { value: 'all', label: '全部' },
];

/**
 * The catalogue's filter bar: every change applies at once (the server pages
 * and filters); the search box waits for a pause in typing, and a handheld
 * scanner's Enter opens the item whose label it read.
 */
export function CatalogueFilters({
  filter,
  categories,
  boxes,
  onChange,
  onSearchEnter,
}: CatalogueFiltersProps) {
  const set = <K extends keyof CatalogueFilter>(key: K, value: CatalogueFilter[K]) =>
    onChange({ ...filter, [key]: value });
  const select = <K extends 'categoryCode' | 'retention' | 'classification' | 'box' | 'loan' | 'state'>(
    key: K,
  ) => ({
    value: filter[key],
    onChange: (e: { target: { value: string } }) => set(key, e.target.value as CatalogueFilter[K]),
    size: 'small' as const,
  });
  const searchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    if (filter.q.trim()) onSearchEnter(filter.q.trim());
  };

  return (
    <Paper component="section" aria-label="筛选条件" sx={{ p: 2, mb: 2 }}>
      {/* Wide enough for a chosen 门类 such as 会议记录（HY）, and a box with its cabinet, to read whole. */}
      <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: 'repeat(auto-fill, minmax(160px, 1fr))' }}>
        <TextField
          label="搜索题名、档号、文号、责任者（可扫码）"
          type="search"
          size="small"
          value={filter.q}
          onChange={(e) => set('q', e.target.value)}
          onKeyDown={searchKey}
          sx={{ gridColumn: 'span 2' }}
          slotProps={{
            htmlInput: { maxLength: 60 },
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchOutlined fontSize="small" />
                </InputAdornment>
              ),
            },
          }}
        />
        <SelectField
          label="门类"
          emptyLabel="全部"
          options={categories.map((c) => ({ value: c.code, label: `${c.name}（${c.code}）` }))}
          {...select('categoryCode')}
        />
        <TextField
          label="年度"
          size="small"
          value={filter.year}
          onChange={(e) => set('year', e.target.value.replace(/\D/g, '').slice(0, 4))}
          placeholder="全部"
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { inputMode: 'numeric', maxLength: 4 } }}
        />
        <SelectField
          label="保管期限"
          emptyLabel="全部"
          options={optionsOf(RETENTIONS)}
          {...select('retention')}
        />
        <SelectField
          label="密级"
          emptyLabel="全部"
          options={optionsOf(CLASSIFICATIONS)}
          {...select('classification')}
        />
        <SelectField
          label="档案盒"
          emptyLabel="全部"
          options={[
            { value: 'none', label: '未装盒' },
            ...boxes.map((b) => ({ value: String(b.id), label: `${b.boxNo}（${b.cabinet}）` })),
          ]}
          sx={{ gridColumn: 'span 2' }}
          {...select('box')}
        />
        <SelectField label="借阅状态" emptyLabel="全部" options={LOAN_OPTIONS} {...select('loan')} />
        <SelectField label="是否销毁" options={STATE_OPTIONS} {...select('state')} />
        <Box sx={{ display: 'flex', alignItems: 'center' }}>
          <Button onClick={() => onChange(NO_CATALOGUE_FILTER)} disabled={!isCatalogueFiltered(filter)}>
            清除条件
          </Button>
        </Box>
      </Box>
    </Paper>
  );
}
