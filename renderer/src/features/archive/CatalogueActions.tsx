import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import LabelOutlined from '@mui/icons-material/LabelOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { CatalogueQuery } from './catalogueFilter';
import { usePrintJob } from '../../print/usePrintJob';

/**
 * Prints and exports of exactly what the catalogue shows (the current filter
 * and sort), and labels for the rows ticked.
 */
export function CatalogueActions({ query, selected }: { query: CatalogueQuery; selected: number[] }) {
  const print = usePrintJob();
  return (
    <>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
        <Button
          variant="outlined"
          startIcon={<PrintOutlined />}
          disabled={print.busy}
          onClick={() => void print.start('归档文件目录', () => api.archive.printCatalogue(query))}
        >
          打印归档文件目录
        </Button>
        <Button
          variant="outlined"
          startIcon={<FileDownloadOutlined />}
          disabled={print.busy}
          onClick={() => void print.start('档案目录', () => api.archive.exportCatalogue(query))}
        >
          导出 Excel
        </Button>
        <Button
          variant="outlined"
          startIcon={<LabelOutlined />}
          disabled={print.busy || selected.length === 0}
          onClick={() => void print.start('档案标签', () => api.archive.printLabels({ ids: selected }))}
        >
          {selected.length > 0 ? `打印标签（${selected.length}）` : '打印标签'}
        </Button>
      </Stack>
      <ErrorAlert error={print.error} />
      {print.preview}
    </>
  );
}
