import { useCallback, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddOutlined from '@mui/icons-material/AddOutlined';
import { saveCategoriesInput, type Category } from '../../../../shared/cases/schemas';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { useCall } from '../../hooks/useCall';
import { zodFieldErrors, type FieldErrors } from '../../hooks/useForm';
import { useLoad } from '../../hooks/useLoad';

interface Row {
  key: number;
  id?: number;
  label: string;
  active: boolean;
}

let nextKey = 1;
const rowsOf = (categories: Category[]): Row[] => categories.map((c) => ({ ...c, key: nextKey++ }));

/** The editor proper, mounted once the dictionary is loaded. */
function CategoriesEditor({ initial }: { initial: Category[] }) {
  const [rows, setRows] = useState(() => rowsOf(initial));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useCall();

  const update = (index: number, patch: Partial<Row>) => {
    setSaved(false);
    setRows((rs) => rs.map((r, i) => (i === index ? { ...r, ...patch } : r)));
    setErrors((e) => {
      const rest = { ...e };
      delete rest[`categories.${index}.label`];
      return rest;
    });
  };

  const save = async () => {
    setSaved(false);
    const input = {
      categories: rows.map(({ id, label, active }) => (id ? { id, label, active } : { label, active })),
    };
    const found = zodFieldErrors(saveCategoriesInput, input);
    const seen = new Map<string, number>();
    rows.forEach((r, i) => {
      const label = r.label.trim();
      if (seen.has(label)) found[`categories.${i}.label`] = '与上面的纠纷类型重名';
      seen.set(label, i);
    });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const result = await run(() => api.cases.saveCategories(input));
    if (result.ok) {
      setRows(rowsOf(result.value));
      setSaved(true);
    } else {
      setErrors(result.error.fields ?? {});
    }
  };

  return (
    <>
      {saved && (
        <Alert severity="success" sx={{ mb: 2 }}>
          纠纷类型已保存。
        </Alert>
      )}
      <ErrorAlert error={error} />
      <Box
        role="list"
        aria-label="纠纷类型列表"
        sx={{
          display: 'grid',
          gap: 1.5,
          mb: 2,
          gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))',
        }}
      >
        {rows.map((row, index) => (
          <Stack key={row.key} role="listitem" direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
            <TextField
              size="small"
              value={row.label}
              autoFocus={!row.id && index === rows.length - 1}
              onChange={(e) => update(index, { label: e.target.value })}
              error={Boolean(errors[`categories.${index}.label`])}
              helperText={errors[`categories.${index}.label`]}
              sx={{ flex: 1, '& input': { color: row.active ? undefined : 'text.disabled' } }}
              slotProps={{ htmlInput: { maxLength: 20, 'aria-label': `纠纷类型 ${index + 1}` } }}
            />
            <FormControlLabel
              sx={{ whiteSpace: 'nowrap', mr: 0, mt: 0.25 }}
              label={row.active ? '启用' : '停用'}
              control={
                <Switch
                  checked={row.active}
                  onChange={(e) => update(index, { active: e.target.checked })}
                  slotProps={{ input: { 'aria-label': `启用「${row.label}」` } }}
                />
              }
            />
            {!row.id && (
              <Button
                size="small"
                color="error"
                sx={{ mt: 0.5 }}
                onClick={() => {
                  setRows((rs) => rs.filter((_, i) => i !== index));
                  setErrors({});
                }}
              >
                移除
              </Button>
            )}
          </Stack>
        ))}
      </Box>
      <Stack direction="row" spacing={1}>
        <Button
          startIcon={<AddOutlined />}
          onClick={() => setRows((rs) => [...rs, { key: nextKey++, label: '', active: true }])}
        >
          新增类型
        </Button>
        <Button variant="contained" onClick={save} disabled={busy}>
          保存纠纷类型
        </Button>
      </Stack>
    </>
  );
}

/**
 * 纠纷类型: the dictionary behind the ledger and the monthly statistics.
 * Types in use are retired (停用), never deleted, so old cases and old
 * statistics keep their category.
 */
export function CategoriesSection() {
  const categories = useLoad(useCallback(() => api.cases.categories({}), []));
  return (
    <Section
      title="纠纷类型"
      description="可改名、新增或停用。停用的类型不再出现在新建案件中，已登记的案件和统计保留原类型；新增后未保存的类型可以移除。"
    >
      <ErrorAlert error={categories.error} />
      {categories.data ? (
        <CategoriesEditor initial={categories.data} />
      ) : (
        categories.loading && <Typography color="text.secondary">正在读取…</Typography>
      )}
    </Section>
  );
}
