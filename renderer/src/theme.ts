import { createTheme } from '@mui/material/styles';
import { zhCN } from '@mui/material/locale';
import { zhCN as dataGridZhCN } from '@mui/x-data-grid/locales';

/** Fonts present on the office PCs first (Windows, then macOS, then Linux). */
const FONT_STACK = '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif';

/** Used for the recovery key, where every character must be told apart (0/O, 1/l). */
export const MONO_STACK = 'Consolas, "Cascadia Mono", "DejaVu Sans Mono", "Noto Sans Mono", monospace';

/**
 * A quiet, low-contrast office look: the app is open all day, so no strong
 * colours except for warnings and destructive actions.
 */
export const theme = createTheme(
  {
    palette: {
      primary: { main: '#1f5a8c' },
      secondary: { main: '#4f6b7d' },
      background: { default: '#f3f5f7', paper: '#ffffff' },
    },
    typography: {
      fontFamily: FONT_STACK,
      button: { textTransform: 'none', fontWeight: 500 },
      h5: { fontWeight: 600 },
      h6: { fontWeight: 600 },
    },
    shape: { borderRadius: 6 },
    components: {
      MuiButton: { defaultProps: { disableElevation: true } },
      MuiAppBar: { defaultProps: { elevation: 0 } },
      MuiPaper: { defaultProps: { variant: 'outlined' } },
      MuiTextField: { defaultProps: { fullWidth: true } },
    },
  },
  zhCN,
  dataGridZhCN,
);

/** Passed to every DataGrid too, so the texts are Chinese even outside this theme. */
export const gridLocaleText = dataGridZhCN.components.MuiDataGrid.defaultProps.localeText;
