import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArchiveOutlined from '@mui/icons-material/ArchiveOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { formatTableDateTime } from '../../../../shared/dates';
import { MEDIATION_DOCUMENTS, RETENTION_PERIODS } from '../../../../shared/mediation/codes';
import type { DossierEntry, MediationDetail } from '../../../../shared/mediation/schemas';
import { Facts } from '../../components/Facts';
import { Section } from '../../components/Section';
import { api } from '../../api';
import { useJobs } from '../../jobs/JobsContext';
import type { OpenDialog } from './mediationDialogs';
import { SimpleTable, type Column } from './SimpleTable';

/** 卷内目录 columns as printed: 序号, 文件名称, 页号. */
const ENTRY_COLUMNS: Column<DossierEntry & { no: number }>[] = [
  { header: '序号', cell: (e) => e.no, nowrap: true },
  { header: '文件名称', cell: (e) => e.title },
  { header: '页号', cell: (e) => e.range, nowrap: true },
];

/**
 * 结案归卷 (人民调解法第二十七条): the dossier with its cover particulars and
 * 卷内目录 in the order of domain.md; closing files it into the archive.
 */
export function CloseSection({
  m,
  mayClose,
  onOpen,
}: {
  m: MediationDetail;
  mayClose: boolean;
  onOpen: OpenDialog;
}) {
  const jobs = useJobs();
  const d = m.dossier;
  const entries = d.entries.map((e, i) => ({ ...e, no: i + 1 }));
  return (
    <Section title="结案归卷">
      {m.closedAt ? (
        <Facts
          facts={[
            { label: '卷号', value: d.number },
            { label: '卷名', value: d.title, wide: true },
            { label: '保管期限', value: d.retention ? RETENTION_PERIODS[d.retention] : '' },
            { label: '立卷人', value: d.filedBy },
            { label: '立卷日期', value: d.filedAt ? formatTableDateTime(d.filedAt).slice(0, 10) : '' },
            { label: '结案时间', value: formatTableDateTime(m.closedAt) },
            { label: '防止民转刑', value: m.preventedCriminal ? '是' : '否' },
            { label: '防止群体性上访', value: m.preventedPetition ? '是' : '否' },
          ]}
        />
      ) : (
        <Typography color="text.secondary" sx={{ mb: 1 }}>
          {mayClose ? '调解结束后结案，调解卷宗归入档案目录。' : '达成协议或终止调解后才能结案归卷。'}
        </Typography>
      )}
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mt: 2, mb: 1 }}>
        卷内目录
      </Typography>
      <SimpleTable
        label="卷内目录"
        columns={ENTRY_COLUMNS}
        rows={entries}
        rowKey={(e) => e.key}
        empty={m.closedAt ? '卷内目录在打印卷宗时按卷内文件生成。' : '卷内尚无文件。'}
      />
      <Stack direction="row" spacing={1} sx={{ mt: 2, flexWrap: 'wrap', rowGap: 1 }}>
        {!m.closedAt && (
          <Button
            variant="contained"
            startIcon={<ArchiveOutlined />}
            disabled={!mayClose}
            onClick={() => onOpen({ kind: 'close' })}
          >
            结案归卷
          </Button>
        )}
        <Button
          variant="outlined"
          startIcon={<PrintOutlined />}
          disabled={entries.length === 0}
          onClick={() =>
            onOpen({
              kind: 'document',
              request: {
                title: MEDIATION_DOCUMENTS.dossier,
                // A job: its catalogue may render every document of the dossier; the tray shows it.
                load: () => jobs.run(() => api.mediation.printDossier({ id: m.id })),
              },
            })
          }
        >
          打印卷宗封面及卷内目录
        </Button>
      </Stack>
    </Section>
  );
}
