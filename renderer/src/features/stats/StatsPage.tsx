import { useCallback, useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import { periodLabel, sameRange, type MonthRange } from '../../../../shared/stats/months';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { useJob } from '../../jobs/useJob';
import { useLoad } from '../../hooks/useLoad';
import { ArchiveStatsSection } from './ArchiveStatsSection';
import { MediationStatsSection } from './MediationStatsSection';
import { presetRange } from './period';
import { PeriodBar } from './PeriodBar';
import { StatsCharts } from './StatsCharts';
import { SummaryCards } from './SummaryCards';
import { WatchStatsSection } from './WatchStatsSection';

/**
 * 统计: the monthly screening statistics of the dispute ledger (每月逐级填报
 * 统计) for a month or a range of months, with 环比 and 同比, the charts, and
 * the same figures as the .xlsx report upward; then 人民调解 and 档案借阅 for the
 * same period, and 视频监控值班 (the workbook carries each as a sheet of its own).
 */
export function StatsPage({ director = false }: { director?: boolean }) {
  const [today] = useState(() => new Date());
  const [period, setPeriod] = useState<MonthRange>(() => presetRange('thisMonth', today));
  const stats = useLoad(useCallback(() => api.stats.cases(period), [period]));
  const exporting = useJob();
  const shown = stats.data;

  const exportXlsx = async () => {
    await exporting.runFile(() => api.stats.exportCases(period));
  };

  return (
    <>
      <PageTitle>统计</PageTitle>
      <Stack
        direction="row"
        spacing={2}
        sx={{ justifyContent: 'space-between', alignItems: 'flex-start', flexWrap: 'wrap' }}
      >
        <PeriodBar today={today} value={period} onChange={setPeriod} />
        <Button
          variant="outlined"
          startIcon={<FileDownloadOutlined />}
          disabled={exporting.busy || !shown}
          onClick={exportXlsx}
        >
          导出 Excel
        </Button>
      </Stack>
      <ErrorAlert error={stats.error ?? exporting.error} />
      <LinearProgress
        aria-label="正在统计"
        sx={{ mb: 2, visibility: stats.loading ? 'visible' : 'hidden' }}
      />
      {shown && (
        <>
          <Typography variant="h6" component="p" sx={{ mb: 0.5 }}>
            {periodLabel(shown.period)}矛盾纠纷排查调处情况
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            统计本期登记受理的案件；办结、化解成功、按期办结为其中截至目前已办结者。
            {sameRange(shown.previous, shown.lastYear)
              ? `同比对比 ${periodLabel(shown.lastYear)}。`
              : `环比对比 ${periodLabel(shown.previous)}，同比对比 ${periodLabel(shown.lastYear)}。`}
          </Typography>
          {shown.zeroReport && (
            <Alert severity="info" sx={{ mb: 2 }}>
              <AlertTitle>零报告</AlertTitle>
              本期无矛盾纠纷，零报告。
            </Alert>
          )}
          <SummaryCards stats={shown} />
          {!shown.zeroReport && <StatsCharts stats={shown} />}
        </>
      )}
      <MediationStatsSection period={period} />
      <ArchiveStatsSection period={period} />
      <WatchStatsSection period={period} director={director} />
    </>
  );
}
