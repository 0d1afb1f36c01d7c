import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddOutlined from '@mui/icons-material/AddOutlined';
import { saveArchiveCategoriesInput, type ArchiveCategory } from '../../../../shared/archive/schemas';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { useCall } from '../../hooks/useCall';
import { zodFieldErrors, type FieldErrors } from '../../hooks/useForm';
import { useArchiveCategories } from './useArchiveLookups';

interface Row {
  key: number;
  code: string;
  name: string;
  retired: boolean;
  /** Saved before: its code is fixed (part of the 档号 of its items). */
  saved: boolean;
  itemCount: number;
}

let nextKey = 1;
const rowsOf = (categories: ArchiveCategory[]): Row[] =>
  categories.map((c) => ({ ...c, key: nextKey++, saved: true }));

function ArchiveCategoriesEditor({ initial }: { initial: ArchiveCategory[] }) {
  const [rows, setRows] = useState(() => rowsOf(initial));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useCall();

  const update = (index: number, patch: Partial<Row>) => {
    setSaved(false);
    setRows((rs) => rs.map((r, i) => (i === index ? { ...r, ...patch } : r)));
    setErrors({});
  };

  const save = async () => {
    setSaved(false);
    const input = { categories: rows.map(({ code, name, retired }) => ({ code, name, retired })) };
    const found = zodFieldErrors(saveArchiveCategoriesInput, input);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const result = await run(() => api.archive.saveCategories(input));
    if (result.ok) {
      setRows(rowsOf(result.value));
      setSaved(true);
    } else setErrors(result.error.fields ?? {});
  };

  return (
    <>
      {saved && (
        <Alert severity="success" sx={{ mb: 2 }}>
          档案门类已保存。
        </Alert>
      )}
      <ErrorAlert error={error} />
      <Stack role="list" aria-label="档案门类列表" spacing={1.5} sx={{ mb: 2, maxWidth: 720 }}>
        {rows.map((row, index) => (
          <Stack key={row.key} role="listitem" direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
            <TextField
              size="small"
              value={row.code}
              disabled={row.saved}
              onChange={(e) => update(index, { code: e.target.value.toUpperCase() })}
              error={Boolean(errors[`categories.${index}.code`])}
              helperText={errors[`categories.${index}.code`]}
              sx={{ width: 110 }}
              slotProps={{ htmlInput: { maxLength: 2, 'aria-label': `门类代码 ${index + 1}` } }}
            />
            <TextField
              size="small"
              value={row.name}
              autoFocus={!row.saved && index === rows.length - 1}
              onChange={(e) => update(index, { name: e.target.value })}
              error={Boolean(errors[`categories.${index}.name`])}
              helperText={errors[`categories.${index}.name`]}
              sx={{ flex: 1, '& input': { color: row.retired ? 'text.disabled' : undefined } }}
              slotProps={{ htmlInput: { maxLength: 20, 'aria-label': `门类名称 ${index + 1}` } }}
            />
            <FormControlLabel
              sx={{ whiteSpace: 'nowrap', mr: 0, mt: 0.25 }}
              label={row.retired ? '停用' : '启用'}
              control={
                <Switch
                  checked={!row.retired}
                  onChange={(e) => update(index, { retired: !e.target.checked })}
                  slotProps={{ input: { 'aria-label': `启用「${row.name}」` } }}
                />
              }
            />
            <Box sx={{ width: 150, mt: 0.75 }}>
              {row.itemCount > 0 ? (
                <Typography variant="body2" color="text.secondary">
                  已有 {row.itemCount} 件，只能停用
                </Typography>
              ) : (
                <Button
                  size="small"
                  color="error"
                  onClick={() => {
                    setRows((rs) => rs.filter((_, i) => i !== index));
                    setErrors({});
                    setSaved(false);
                  }}
                >
                  删除
                </Button>
              )}
            </Box>
          </Stack>
        ))}
      </Stack>
      <Stack direction="row" spacing={1}>
        <Button
          startIcon={<AddOutlined />}
          onClick={() =>
            setRows((rs) => [
              ...rs,
              { key: nextKey++, code: '', name: '', retired: false, saved: false, itemCount: 0 },
            ])
          }
        >
          新增门类
        </Button>
        <Button variant="contained" onClick={() => void save()} disabled={busy}>
          保存档案门类
        </Button>
      </Stack>
    </>
  );
}

/**
 * 档案门类: the dictionary behind every 档号. A code with items filed under it
 * is part of their 档号: it can be renamed or retired, never removed.
 */
export function ArchiveCategoriesSection() {
  const categories = useArchiveCategories();
  return (
    <Section
      title="档案门类"
      description="门类代码为 2 个大写字母，是档号的一部分，保存后不能修改。已有档案的门类可改名或停用，不能删除；停用的门类不再出现在归档登记中。"
    >
      <ErrorAlert error={categories.error} />
      {categories.data ? (
        <ArchiveCategoriesEditor initial={categories.data} />
      ) : (
        categories.loading && <Typography color="text.secondary">正在读取…</Typography>
      )}
    </Section>
  );
}
