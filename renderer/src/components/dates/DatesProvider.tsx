import type { ReactNode } from 'react';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { zhCN } from '@mui/x-date-pickers/locales';
import 'dayjs/locale/zh-cn';

/**
 * The pickers' Chinese texts (今天, 清除, 选择日期 …). A field's sections are
 * named 年, 月, 日, 时, 分 rather than 年份, 月份, 日期: those are the labels of
 * whole fields (值班表的「月份」, 档案的「日期」), and a section must not answer
 * to a field's name.
 */
const TEXTS = {
  ...zhCN.components.MuiLocalizationProvider.defaultProps.localeText,
  year: '年',
  month: '月',
  day: '日',
  hours: '时',
  minutes: '分',
};

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
