import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import { CLASSIFICATIONS, RETENTIONS } from '../../../../shared/archive/codes';
import type { ArchiveBox, ArchiveCategory } from '../../../../shared/archive/schemas';
import { FieldGrid } from '../../components/FieldGrid';
import { optionsOf, SelectField } from '../../components/SelectField';
import type { FieldErrors } from '../../hooks/useForm';
import type { ItemDraft } from './itemDraft';
import { DateField } from '../../components/dates/DateFields';

interface ItemFormProps {
  draft: ItemDraft;
  errors: FieldErrors;
  categories: readonly ArchiveCategory[];
  boxes: readonly ArchiveBox[];
  /** 编辑: 门类, 年度 and 保管期限 are shown but fixed. */
  editing: boolean;
  onChange: <K extends keyof ItemDraft>(key: K, value: ItemDraft[K]) => void;
}

const full = { gridColumn: '1 / -1' };

/** Every field of an archive item (createItemInput); errors keyed by the contract's field names. */
export function ItemForm({ draft, errors, categories, boxes, editing, onChange }: ItemFormProps) {
  const text = <K extends Exclude<keyof ItemDraft, 'important'>>(key: K) => ({
    value: draft[key],
    onChange: (e: { target: { value: string } }) => onChange(key, e.target.value as ItemDraft[K]),
    error: Boolean(errors[key]),
    helperText: errors[key],
  });
  // A new item takes only active 门类; an old one keeps its retired one.
  const categoryOptions = categories
    .filter((c) => !c.retired || c.code === draft.categoryCode)
    .map((c) => ({ value: c.code, label: `${c.name}（${c.code}）` }));
  const fixed = editing ? '归档后不能修改' : undefined;

  return (
    <Box>
      {editing && (
        <Alert severity="info" sx={{ mb: 2 }}>
          门类、年度、保管期限是档号的组成部分，归档后不能修改；如确有错误，请另行归档并在备注中说明。
        </Alert>
      )}
      <FieldGrid>
        <TextField
          label="题名"
          required
          sx={full}
          slotProps={{ htmlInput: { maxLength: 200 } }}
          {...text('title')}
        />
        <SelectField
          label="门类"
          required
          emptyLabel={editing ? undefined : '请选择'}
          options={categoryOptions}
          disabled={editing}
          {...text('categoryCode')}
          helperText={errors.categoryCode ?? fixed}
        />
        <TextField
          label="年度"
          required
          disabled={editing}
          slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 4 } }}
          {...text('year')}
          helperText={errors.year ?? fixed}
        />
        <SelectField
          label="保管期限"
          required
          emptyLabel={editing ? undefined : '请选择'}
          options={optionsOf(RETENTIONS)}
          disabled={editing}
          {...text('retention')}
          helperText={errors.retention ?? fixed}
        />
        <SelectField label="密级" required options={optionsOf(CLASSIFICATIONS)} {...text('classification')} />
        <TextField label="文号" slotProps={{ htmlInput: { maxLength: 60 } }} {...text('docNumber')} />
        <TextField
          label="责任者"
          required
          slotProps={{ htmlInput: { maxLength: 60 } }}
          {...text('responsible')}
        />
        <DateField label="日期" {...text('date')} />
        <TextField
          label="页数"
          required
          type="number"
          slotProps={{ htmlInput: { min: 0, step: 1 } }}
          {...text('pages')}
        />
        <SelectField
          label="档案盒"
          emptyLabel="未装盒"
          options={boxes.map((b) => ({ value: String(b.id), label: `${b.boxNo}（${b.cabinet}）` }))}
          {...text('boxId')}
        />
        <FormControlLabel
          label="重要档案"
          control={
            <Checkbox checked={draft.important} onChange={(e) => onChange('important', e.target.checked)} />
          }
        />
        <TextField
          label="备注"
          multiline
          minRows={2}
          sx={full}
          slotProps={{ htmlInput: { maxLength: 500 } }}
          {...text('note')}
        />
      </FieldGrid>
    </Box>
  );
}
