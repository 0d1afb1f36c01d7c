import type { ReactNode } from 'react';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { zhCN } from '@mui/x-date-pickers/locales';
import 'dayjs/locale/zh-cn';

/** The pickers' Chinese texts (今天, 清除, 选择日期 …). */
const TEXTS = zhCN.components.MuiLocalizationProvider.defaultProps.localeText;

/**
 * The one LocalizationProvider, at the app's root, for every date field
 * (components/dates). Chinese whatever the machine's locale (issue 13 item 7):
 * dayjs's zh-cn starts weeks on Monday and names the months 1月…12月.
 */
export function DatesProvider({ children }: { children: ReactNode }) {
  return (
    <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale="zh-cn" localeText={TEXTS}>
      {children}
    </LocalizationProvider>
  );
}
