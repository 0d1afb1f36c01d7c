import { useCallback, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArchiveOutlined from '@mui/icons-material/ArchiveOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { periodLabel, type MonthRange } from '../../../../shared/stats/months';
import type { Count } from '../../../../shared/stats/schemas';
import type { WatchAnalysis } from '../../../../shared/watch/analysis';
import { durationText } from '../../../../shared/watch/clock';
import { formatRate } from '../../../../shared/stats/compare';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormDialog } from '../../components/FormDialog';
import { useLoad } from '../../hooks/useLoad';
import { useJob } from '../../jobs/useJob';
import { usePrintJob } from '../../print/usePrintJob';
import { ChartCard } from './ChartCard';
import { SERIES } from './chartColors';
import { HorizontalBars } from './StatsCharts';
import { minutesText, ResponseTable, WatchFigureCards, type WatchFigure } from './WatchFigures';
import { WatchHeatMap } from './WatchHeatMap';

const inWords = (items: readonly Count[], unit = '起') =>
  items.map((c) => `${c.label} ${c.count} ${unit}`).join('，');
const barsHeight = (rows: number) => Math.max(200, rows * 28 + 30);

function figures(s: WatchAnalysis): WatchFigure[] {
  return [
    {
      label: '值班班次',
      value: String(s.shifts.count),
      unit: '班',
      note: `本班无异常 ${s.shifts.nothingToReport} 班，非排班人员 ${s.shifts.offRoster} 班`,
    },
    {
      label: '记录事件',
      value: String(s.events.total),
      unit: '起',
      note: `派遣 ${s.events.dispatched} 起，转为案件 ${s.events.toCase} 起，未办结 ${s.events.open} 起`,
    },
    {
      label: '派遣反馈中位数',
      value: minutesText(s.response.medianMinutes),
      note: `九成在 ${minutesText(s.response.p90Minutes)} 内反馈`,
    },
    {
      label: '超时未反馈或迟反馈',
      value: String(s.response.late),
      unit: '次',
      note: `共派遣 ${s.response.dispatches} 次，待反馈 ${s.response.waiting} 次`,
    },
    {
      label: '设备故障',
      value: String(s.faults.found),
      unit: '起',
      note: `已修复 ${s.faults.repaired} 起，当前未修复 ${s.faults.openNow} 起`,
    },
    {
      label: '停机时长',
      value: durationText(s.faults.downtimeMinutes),
      note: `点位平均在线率 ${formatRate(s.faults.availability)}（在用 ${s.faults.pointsInService} 个）`,
    },
    {
      label: '录像调取申请',
      value: String(s.footage.requests),
      unit: '次',
      note: `批准 ${s.footage.approved}，不予批准 ${s.footage.refused}，待审批 ${s.footage.pending}，已复制 ${s.footage.copied}`,
    },
    {
      label: '录像可能已被覆盖',
      value: String(s.footage.likelyOverwritten),
      unit: '次',
      note: `更正登记 ${s.footage.corrections} 次`,
    },
  ];
}

/** 打印值班记录 for everyone who reads the watch; 归档本月值班记录 for the director once the month is over. */
function DutyLogActions({
  stats,
  director,
  onFiled,
}: {
  stats: WatchAnalysis;
  director: boolean;
  onFiled: () => void;
}) {
  const printing = usePrintJob();
  const filing = useJob();
  const [confirming, setConfirming] = useState(false);
  const log = stats.dutyLog;
  if (!log) return null;
  const label = periodLabel({ from: log.month, to: log.month });
  const file = async () => {
    const result = await filing.run(() => api.watch.fileDutyLog({ month: log.month }));
    if (result.ok) {
      setConfirming(false);
      onFiled();
    }
  };
  return (
    <Box sx={{ mb: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Button
          variant="outlined"
          startIcon={<PrintOutlined />}
          disabled={printing.busy}
          onClick={() =>
            printing.start(`${label}视频监控值班记录`, () => api.watch.printDutyLog({ month: log.month }))
          }
        >
          打印值班记录
        </Button>
        {director && !log.filed && (
          <Button
            variant="outlined"
            startIcon={<ArchiveOutlined />}
            disabled={!log.ended || filing.busy}
            onClick={() => setConfirming(true)}
          >
            归档本月值班记录
          </Button>
        )}
        {log.filed && (
          <Typography variant="body2" color="text.secondary">
            该月值班记录已归档：档号 {log.filed.code}
          </Typography>
        )}
        {director && !log.filed && !log.ended && (
          <Typography variant="body2" color="text.secondary">
            {label}结束后才能归档。
          </Typography>
        )}
      </Stack>
      <ErrorAlert error={printing.error} />
      {printing.preview}
      <FormDialog
        open={confirming}
        title={`归档${label}值班记录`}
        submitLabel="归档"
        busy={filing.busy}
        error={filing.error}
        onClose={() => setConfirming(false)}
        onSubmit={file}
      >
        <Typography>
          {label}的视频监控值班记录将排版为 PDF，作为「值班记录」门类、保管期限 10
          年的一件档案归入档案目录，取得档号。每月只能归档一次，归档后不能撤回。
        </Typography>
      </FormDialog>
    </Box>
  );
}

/**
 * 视频监控值班 on the 统计 page for the page's period (issue 12 §8, 分析汇总):
 * the headline figures, events by category, the hour × weekday heat map,
 * dispatch response times by whom was sent, faults by symptom and the least
 * available points; for a single month, its duty log printed and — by the
 * director, once the month is over — filed into the archive catalogue.
 */
export function WatchStatsSection({ period, director }: { period: MonthRange; director: boolean }) {
  const load = useLoad(useCallback(() => api.watch.analysis(period), [period]));
  const stats = load.data;
  const empty = stats !== undefined && stats.events.total === 0 && stats.shifts.count === 0;
  return (
    <Box component="section" aria-label="视频监控值班" sx={{ mt: 4 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 0.5 }}>
        视频监控值班{stats ? `（${periodLabel(stats.period)}）` : ''}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        事件按发生时间、派遣按通知时间、班次按值班日期计入本期；反馈时间为通知至到场或反馈（以先到者为准）；超时为超过督办时限才反馈或至今未反馈；停机时长只计本期内的分钟，同一设备重叠的故障只计一次。
      </Typography>
      <ErrorAlert error={load.error} />
      <LinearProgress
        aria-label="正在统计视频监控值班"
        sx={{ mb: 2, visibility: load.loading ? 'visible' : 'hidden' }}
      />
      {stats && (
        <>
          <DutyLogActions stats={stats} director={director} onFiled={() => void load.reload()} />
          {!stats.dutyLog && (
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              值班记录按月打印和归档：请选择单个月份。
            </Typography>
          )}
          {empty && (
            <Alert severity="info" sx={{ mb: 2 }}>
              本期没有值班记录。
            </Alert>
          )}
          <WatchFigureCards figures={figures(stats)} />
          {!empty && (
            <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'repeat(6, 1fr)' } }}>
              <ChartCard
                title="事件按类别"
                span={2}
                height={barsHeight(stats.events.byCategory.length)}
                summary={inWords(stats.events.byCategory)}
              >
                <HorizontalBars counts={stats.events.byCategory} color={SERIES.total} />
              </ChartCard>
              <ChartCard
                title="事件较多的点位"
                span={2}
                height={barsHeight(stats.events.topPoints.length + 1)}
                summary={`${stats.events.topPoints.map((p) => `${p.code} ${p.name} ${p.count} 起`).join('，')}${stats.events.topPoints.length ? '，' : ''}未指定点位 ${stats.events.withoutPoint} 起`}
              >
                <HorizontalBars
                  counts={[
                    ...stats.events.topPoints.map((p) => ({
                      key: String(p.pointId),
                      label: `${p.code} ${p.name}`,
                      count: p.count,
                    })),
                    { key: 'none', label: '未指定点位', count: stats.events.withoutPoint },
                  ]}
                  color={SERIES.closed}
                />
              </ChartCard>
              <ChartCard
                title="设备故障按现象"
                span={2}
                height={barsHeight(stats.faults.bySymptom.length)}
                summary={inWords(stats.faults.bySymptom)}
              >
                <HorizontalBars counts={stats.faults.bySymptom} color={SERIES.lastYear} />
              </ChartCard>
              <Box sx={{ gridColumn: { lg: 'span 4' }, minWidth: 0 }}>
                <Box
                  component="section"
                  aria-label="事件按星期和小时"
                  sx={{ p: 2, bgcolor: 'background.paper', borderRadius: 1, boxShadow: 1 }}
                >
                  <Typography variant="h6" component="h3" sx={{ mb: 1, fontSize: '1rem' }}>
                    事件按星期和小时（热力图）
                  </Typography>
                  <WatchHeatMap heat={stats.events.heat} />
                </Box>
              </Box>
              <Box sx={{ gridColumn: { lg: 'span 2' }, minWidth: 0 }}>
                <Box
                  component="section"
                  aria-label="派遣反馈时间"
                  sx={{ p: 2, bgcolor: 'background.paper', borderRadius: 1, boxShadow: 1 }}
                >
                  <Typography variant="h6" component="h3" sx={{ mb: 1, fontSize: '1rem' }}>
                    派遣反馈时间（督查督办）
                  </Typography>
                  <ResponseTable rows={stats.response.byTarget} total={stats.response} />
                </Box>
                {stats.faults.points.length > 0 && (
                  <Box
                    component="section"
                    aria-label="在线率较低的点位"
                    sx={{ p: 2, mt: 2, bgcolor: 'background.paper', borderRadius: 1, boxShadow: 1 }}
                  >
                    <Typography variant="h6" component="h3" sx={{ mb: 1, fontSize: '1rem' }}>
                      在线率较低的点位
                    </Typography>
                    {stats.faults.points.slice(0, 8).map((p) => (
                      <Typography key={p.pointId} variant="body2">
                        {p.code} {p.name}：在线率 {formatRate(p.availability)}，停机{' '}
                        {durationText(p.downMinutes)}（{p.faults} 起）
                      </Typography>
                    ))}
                  </Box>
                )}
              </Box>
            </Box>
          )}
        </>
      )}
    </Box>
  );
}
