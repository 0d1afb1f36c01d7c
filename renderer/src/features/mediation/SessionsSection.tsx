import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddOutlined from '@mui/icons-material/AddOutlined';
import { formatTableDateTime } from '../../../../shared/dates';
import type { MediationDetail, MediationSession } from '../../../../shared/mediation/schemas';
import { Section } from '../../components/Section';
import { documentRequest } from './documents';
import type { OpenDialog } from './mediationDialogs';
import { SimpleTable, type Column } from './SimpleTable';

const timeOf = (s: MediationSession) =>
  `${formatTableDateTime(s.startedAt)}${s.endedAt ? ` 至 ${formatTableDateTime(s.endedAt).slice(11)}` : ''}`;

/** 调解: every sitting, recorded along the seed's steps and printable as 人民调解记录 (Art. 27). */
export function SessionsSection({
  m,
  mayRecord,
  onOpen,
}: {
  m: MediationDetail;
  mayRecord: boolean;
  onOpen: OpenDialog;
}) {
  const columns: Column<MediationSession>[] = [
    { header: '次数', cell: (s) => `第${s.no}次`, nowrap: true },
    { header: '时间', cell: timeOf, nowrap: true },
    { header: '地点', cell: (s) => s.place },
    { header: '参加人', cell: (s) => s.attendees ?? '' },
    { header: '本次调解结果', cell: (s) => s.outcome ?? '' },
    { header: '记录人', cell: (s) => s.recordedBy, nowrap: true },
    {
      header: '操作',
      nowrap: true,
      cell: (s) => (
        <Stack direction="row" spacing={1}>
          <Button
            size="small"
            aria-label={`打印第${s.no}次调解记录`}
            onClick={() =>
              onOpen({
                kind: 'document',
                request: documentRequest(m.id, 'session', { itemId: s.id }, `人民调解记录（第${s.no}次）`),
              })
            }
          >
            打印
          </Button>
          {mayRecord && (
            <Button
              size="small"
              aria-label={`修改第${s.no}次调解记录`}
              onClick={() => onOpen({ kind: 'session', session: s })}
            >
              修改
            </Button>
          )}
        </Stack>
      ),
    },
  ];
  return (
    <Section
      title="调解"
      description="每次调解按程序记录：宣布参加人员和注意事项，说明性质原则并告知权利义务，当事人陈述，询问核对证据，说服疏导。记录经当事人校阅或向当事人宣读后，由当事人、调解员、记录人签名。"
    >
      <SimpleTable
        label="调解记录"
        columns={columns}
        rows={m.sessions}
        rowKey={(s) => s.id}
        empty="尚无调解记录。"
      />
      <Stack direction="row" spacing={1} sx={{ mt: 2, alignItems: 'center' }}>
        <Button
          variant="contained"
          startIcon={<AddOutlined />}
          disabled={!mayRecord}
          onClick={() => onOpen({ kind: 'session' })}
        >
          记录一次调解
        </Button>
        {!mayRecord && (
          <Typography variant="body2" color="text.secondary">
            调解已不在进行中，不能再记录。
          </Typography>
        )}
      </Stack>
    </Section>
  );
}
