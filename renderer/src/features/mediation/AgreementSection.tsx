import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import EditNoteOutlined from '@mui/icons-material/EditNoteOutlined';
import ExpandMoreOutlined from '@mui/icons-material/ExpandMoreOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { AGREEMENT_STATUSES } from '../../../../shared/mediation/codes';
import type { Agreement, MediationDetail } from '../../../../shared/mediation/schemas';
import { Facts } from '../../components/Facts';
import { Section } from '../../components/Section';
import { editorKey } from './agreementDraft';
import { AgreementEditor } from './AgreementEditor';
import { agreementFacts, AgreementView, PrintLogTable } from './AgreementView';
import type { MediationDone, OpenDialog } from './mediationDialogs';
import type { AllowedActions } from './mediationRules';

interface AgreementSectionProps {
  m: MediationDetail;
  allowed: AllowedActions;
  onOpen: OpenDialog;
  onDone: MediationDone;
}

const subtitle = (text: string) => (
  <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mt: 3, mb: 1 }}>
    {text}
  </Typography>
);

/** A version that a later one replaced: still on record and readable (domain.md). */
function OlderVersion({ a }: { a: Agreement }) {
  return (
    <Accordion disableGutters variant="outlined">
      <AccordionSummary expandIcon={<ExpandMoreOutlined />}>
        第{a.version}版 {a.number ?? ''}（{AGREEMENT_STATUSES[a.status]}）
      </AccordionSummary>
      <AccordionDetails>
        <AgreementView a={a} />
        {a.kind === 'written' && (
          <>
            {subtitle('打印记录')}
            <PrintLogTable a={a} />
          </>
        )}
      </AccordionDetails>
    </Accordion>
  );
}

/**
 * 调解协议: the current version — a draft in the editor, or the signed text
 * read-only with its hash — its print log, and the versions it replaced.
 */
export function AgreementSection({ m, allowed, onOpen, onDone }: AgreementSectionProps) {
  const [current, ...older] = m.agreements;
  const signed = current?.status === 'signed';
  /** A draft the mediation no longer takes (terminated, closed): shown as it was, not edited, printed or signed. */
  const stranded = current !== undefined && !signed && !allowed.draftAgreement;
  return (
    <Section
      title="调解协议"
      description="人民调解法第二十九条：协议书载明当事人基本情况、纠纷主要事实和争议事项、各方责任、协议内容及履行方式和期限；当事人签名盖章或按指印、调解员签名并加盖调委会印章后生效。"
    >
      {current && !signed && !stranded && <Facts facts={agreementFacts(current)} />}
      {current && !signed && !stranded && <Box sx={{ mb: 2 }} />}
      {stranded ? (
        <>
          <AgreementView a={current} />
          <Typography color="text.secondary" sx={{ mt: 2 }}>
            {m.status === 'closed'
              ? '本调解已结案归卷，此草稿不能再修改、打印或签署。'
              : '调解已终止，此草稿不能再修改、打印或签署。'}
          </Typography>
        </>
      ) : signed && current ? (
        <>
          <AgreementView a={current} />
          <Stack direction="row" spacing={1} sx={{ mt: 2, flexWrap: 'wrap', rowGap: 1 }}>
            <Button
              variant="outlined"
              startIcon={<PrintOutlined />}
              onClick={() => onOpen({ kind: 'agreementPreview', agreementId: current.id })}
            >
              预览
            </Button>
            <Button
              variant="outlined"
              color="warning"
              startIcon={<EditNoteOutlined />}
              disabled={!allowed.correct}
              onClick={() => onOpen({ kind: 'correct', agreementId: current.id })}
            >
              更正（生成新版本）
            </Button>
          </Stack>
        </>
      ) : allowed.draftAgreement ? (
        <AgreementEditor
          key={editorKey(current)}
          mediationId={m.id}
          agreement={current}
          onOpen={onOpen}
          onDone={onDone}
        />
      ) : (
        <Typography color="text.secondary">
          {m.status === 'terminated' ? '调解已终止，未达成协议。' : '未起草调解协议。'}
        </Typography>
      )}
      {current && current.kind === 'written' && (
        <>
          {subtitle('打印记录')}
          <PrintLogTable a={current} />
        </>
      )}
      {older.length > 0 && (
        <>
          {subtitle('此前的版本')}
          <Stack spacing={1}>
            {older.map((a) => (
              <OlderVersion key={a.id} a={a} />
            ))}
          </Stack>
        </>
      )}
    </Section>
  );
}
