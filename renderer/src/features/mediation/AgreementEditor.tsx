import { useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import DrawOutlined from '@mui/icons-material/DrawOutlined';
import PreviewOutlined from '@mui/icons-material/PreviewOutlined';
import SaveOutlined from '@mui/icons-material/SaveOutlined';
import { AGREEMENT_KINDS, type AgreementKind } from '../../../../shared/mediation/codes';
import { saveAgreementInput, type Agreement } from '../../../../shared/mediation/schemas';
import { api } from '../../api';
import { ChoiceField } from '../../components/ChoiceField';
import { DraftNotice } from '../../components/DraftNotice';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FieldGrid } from '../../components/FieldGrid';
import { optionsOf } from '../../components/SelectField';
import { useCall } from '../../hooks/useCall';
import { useDraft } from '../../hooks/useDraft';
import { zodFieldErrors, type FieldErrors } from '../../hooks/useForm';
import { draftOf, inputOf, sameDraft, type AgreementDraft } from './agreementDraft';
import type { MediationDone, OpenDialog } from './mediationDialogs';
import { TermsField } from './TermsField';
import { DateField } from '../../components/dates/DateFields';

interface AgreementEditorProps {
  mediationId: number;
  /** The draft being edited; absent for the mediation's first agreement. */
  agreement: Agreement | undefined;
  onOpen: OpenDialog;
  onDone: MediationDone;
}

type TextKey = Exclude<keyof AgreementDraft, 'kind' | 'terms'>;

/**
 * The agreement's text in the order of 人民调解法第二十九条: facts and matters
 * in dispute, responsibility, the numbered terms, how and when they are
 * performed. What is previewed, printed and signed is the saved text, so
 * those wait until the changes are saved. Mount it with `editorKey`. What
 * is typed is kept as the user's draft until saved; leaving the page asks.
 */
export function AgreementEditor({ mediationId, agreement, onOpen, onDone }: AgreementEditorProps) {
  const saved = useMemo(() => draftOf(agreement), [agreement]);
  const [draft, setDraft] = useState(saved);
  const [errors, setErrors] = useState<FieldErrors>({});
  const kept = useDraft(`mediation:${mediationId}:agreement:${agreement?.id ?? 'new'}`, draft, {
    initial: saved,
    restore: (values) => {
      setDraft(values);
      setErrors({});
    },
  });
  const { busy, error, run } = useCall();
  const dirty = !agreement || !sameDraft(draft, saved);

  const change = <K extends keyof AgreementDraft>(key: K, value: AgreementDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([p]) => p.split('.')[0] !== key)));
  };
  const field = (key: TextKey) => ({
    value: draft[key],
    onChange: (e: { target: { value: string } }) => change(key, e.target.value),
    error: Boolean(errors[key]),
    helperText: errors[key],
  });

  const save = async () => {
    const input = inputOf(mediationId, agreement?.id, draft);
    const found = zodFieldErrors(saveAgreementInput, input);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const result = await run(() => api.mediation.saveAgreement(input));
    if (result.ok) await kept.committed();
    if (result.ok) onDone(result.value, '调解协议已保存。');
    else setErrors(result.error.fields ?? {});
  };

  return (
    <Box component="form" noValidate onSubmit={(e) => (e.preventDefault(), void save())}>
      <DraftNotice draft={kept} />
      <ErrorAlert error={error} />
      <Stack spacing={2}>
        <ChoiceField
          label="协议种类"
          value={draft.kind}
          options={optionsOf(AGREEMENT_KINDS)}
          onChange={(kind) => change('kind', kind as AgreementKind)}
          error={errors.kind}
        />
        <TextField label="纠纷主要事实、争议事项" required multiline minRows={3} {...field('facts')} />
        <TextField label="各方责任" multiline minRows={2} {...field('responsibility')} />
        <TermsField terms={draft.terms} onChange={(terms) => change('terms', terms)} errors={errors} />
        <TextField label="履行方式、时限" required multiline minRows={2} {...field('performance')} />
        <FieldGrid>
          <DateField label="履行期限" {...field('performBy')} />
          <TextField
            label="涉及金额（元）"
            inputMode="decimal"
            slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            {...field('amount')}
          />
        </FieldGrid>
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1, alignItems: 'center' }}>
          <Button type="submit" variant="contained" startIcon={<SaveOutlined />} disabled={busy}>
            保存协议
          </Button>
          <Button
            variant="outlined"
            startIcon={<PreviewOutlined />}
            disabled={dirty}
            onClick={() => agreement && onOpen({ kind: 'agreementPreview', agreementId: agreement.id })}
          >
            预览
          </Button>
          <Button
            variant="outlined"
            color="success"
            startIcon={<DrawOutlined />}
            disabled={dirty}
            onClick={() => agreement && onOpen({ kind: 'sign', agreementId: agreement.id })}
          >
            标记已签署
          </Button>
          {dirty && agreement && (
            <Typography variant="body2" color="warning.main">
              有未保存的修改：预览、打印和签署的是已保存的内容，请先保存。
            </Typography>
          )}
        </Stack>
      </Stack>
    </Box>
  );
}
