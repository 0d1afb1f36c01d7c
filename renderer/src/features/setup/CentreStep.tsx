import TextField from '@mui/material/TextField';
import type { SetupForm } from './setupForm';

/** Step 1: the names that head every document the centre prints. */
export function CentreStep({ form }: { form: SetupForm }) {
  return (
    <>
      <TextField
        label="综治中心名称"
        autoFocus
        placeholder="例如：某某街道某某社区综治中心"
        {...form.field('centreName')}
      />
      <TextField
        label="人民调解委员会名称"
        placeholder="例如：某某社区人民调解委员会"
        {...form.field('committeeName')}
      />
      <TextField
        label="调委会简称"
        placeholder="用于协议书编号，例如：某调"
        {...form.field('committeeShortName')}
      />
    </>
  );
}
