import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ImportProblem, ImportReport } from '../../../../shared/import/schemas';
import { downloadFile } from '../../download';

const KIND_LABELS: Record<ImportProblem['kind'], string> = {
  refused: '不能导入',
  changed: '有改动',
  repeated: '此前已导入',
};

/** The dry run's (or the import's) counts, the first problems by row number, and the workbook of them all. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const counts = [
    { label: '可导入', value: report.valid },
    { label: '有改动', value: report.changed },
    { label: '不能导入', value: report.refused },
    { label: '此前已导入', value: report.repeated },
  ];
  return (
    <Box>
      <Box component="dl" aria-label="检查结果" sx={{ display: 'flex', gap: 4, m: 0, mb: 2 }}>
        <Box>
          <Typography component="dt" variant="body2" color="text.secondary">
            数据行
          </Typography>
          <Typography component="dd" variant="h6" sx={{ m: 0 }}>
            {report.dataRows}
          </Typography>
        </Box>
        {counts.map((c) => (
          <Box key={c.label}>
            <Typography component="dt" variant="body2" color="text.secondary">
              {c.label}
            </Typography>
            <Typography component="dd" variant="h6" sx={{ m: 0 }}>
              {c.value}
            </Typography>
          </Box>
        ))}
      </Box>
      {report.problemCount === 0 ? (
        <Alert severity="success" sx={{ mb: 2 }}>
          每一行都可以原样导入。
        </Alert>
      ) : (
        <>
          <Typography variant="body2" sx={{ mb: 1 }}>
            共 {report.problemCount} 行不能原样导入
            {report.problems.length < report.problemCount ? `，以下是前 ${report.problems.length} 行` : ''}
            ；问题清单列出全部行及原表行号。
          </Typography>
          <Table
            size="small"
            aria-label="问题行"
            sx={{ '& th, & td:nth-of-type(-n+2)': { whiteSpace: 'nowrap' } }}
          >
            <TableHead>
              <TableRow>
                <TableCell>行号</TableCell>
                <TableCell>情况</TableCell>
                <TableCell>原因</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {report.problems.map((p) => (
                <TableRow key={p.row}>
                  <TableCell>{p.row}</TableCell>
                  <TableCell sx={{ color: p.kind === 'refused' ? 'error.main' : undefined }}>
                    {KIND_LABELS[p.kind]}
                  </TableCell>
                  <TableCell>{p.messages.join('；')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
      {report.problemsFile && (
        <Button
          variant="outlined"
          sx={{ mt: 2 }}
          onClick={() => report.problemsFile && downloadFile(report.problemsFile)}
        >
          下载问题清单
        </Button>
      )}
    </Box>
  );
}
