import { useCallback, useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import type { CaseDetail } from '../../../../shared/cases/schemas';
import type { SessionUser } from '../../../../shared/session/schemas';
import { OPEN_STATUSES, TRANSITION_LABELS } from '../../../../shared/cases/status';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoad } from '../../hooks/useLoad';
import type { CaseRef, OpenArchiveItem, OpenMediation } from '../../app/navigation';
import { CaseMediationSection } from '../mediation/CaseMediationSection';
import { AttachmentsSection } from './AttachmentsSection';
import { CaseArchiveSection } from './CaseArchiveSection';
import { CaseActions, type CaseDialog } from './CaseActions';
import { DeadlineChip, MajorChip, StatusChip } from './CaseChips';
import { EscalateDialog, ExtendDeadlineDialog } from './CaseDialogs';
import { CaseFormDialog } from './CaseFormDialog';
import { CaseWatchSource } from '../watch/CaseWatchSource';
import { CaseFactsSection, HandlingSection, PartiesSection } from './CaseSections';
import { CaseTimeline } from './CaseTimeline';
import { TransitionDialog } from './TransitionDialog';

interface CasePageProps {
  /** By id from inside the app, by code from a link; read once, when the page opens. */
  caseRef: CaseRef;
  /** The record as read, so the address can show its code (一案一码). */
  onLoaded?: (c: CaseDetail) => void;
  user: SessionUser;
  onBack: () => void;
  onOpenMediation: OpenMediation;
  /** The archive item the case's dossier was filed as. */
  onOpenArchiveItem: OpenArchiveItem;
}

/**
 * The case record (一案一码): every field, the parties in full, how it was
 * handled, its attachments and its dated history, with the actions its
 * status allows.
 */
export function CasePage({
  caseRef,
  onLoaded,
  user,
  onBack,
  onOpenMediation,
  onOpenArchiveItem,
}: CasePageProps) {
  // The page is keyed by its history entry: the reference it opened with stays its loader.
  const [opened] = useState(caseRef);
  const loaded = useLoad(
    useCallback(
      () =>
        opened.caseId !== undefined
          ? api.cases.get({ id: opened.caseId })
          : api.cases.getByCode({ code: opened.code }),
      [opened],
    ),
  );
  // An action answers with the updated record; it replaces the loaded one until the next reload.
  const [updated, setUpdated] = useState<CaseDetail>();
  const [dialog, setDialog] = useState<CaseDialog | null>(null);
  const [notice, setNotice] = useState('');
  const c = updated ?? loaded.data;
  const shownCase = loaded.data;
  useEffect(() => {
    if (shownCase) onLoaded?.(shownCase);
  }, [shownCase, onLoaded]);

  const done = (next: CaseDetail, message: string) => {
    setUpdated(next);
    setDialog(null);
    setNotice(
      next.deadline && next.deadlineState !== 'none' ? `${message}办理期限：${next.deadline}。` : message,
    );
  };
  const reload = async () => {
    setUpdated(undefined);
    await loaded.reload();
  };

  return (
    <>
      <Button startIcon={<ArrowBackOutlined />} onClick={onBack} sx={{ mb: 1, ml: -1 }}>
        返回
      </Button>
      <ErrorAlert error={loaded.error} />
      {!c ? (
        loaded.loading && <Typography color="text.secondary">正在读取…</Typography>
      ) : (
        <>
          <Stack
            direction="row"
            spacing={1.5}
            sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1, mb: 2 }}
          >
            <Typography variant="h5" component="h1">
              案件 {c.code}
            </Typography>
            <StatusChip status={c.status} size="medium" />
            {c.deadlineState === 'none' ? (
              c.deadline && <Typography color="text.secondary">办理期限 {c.deadline}</Typography>
            ) : (
              <DeadlineChip state={c.deadlineState} deadline={c.deadline} size="medium" />
            )}
            {c.major && <MajorChip size="medium" />}
          </Stack>
          <Box sx={{ mb: 2 }}>
            <CaseActions
              c={c}
              onOpen={(next) => {
                setNotice('');
                setDialog(next);
              }}
            />
          </Box>
          {c.major && !c.escalatedAt && (OPEN_STATUSES.includes(c.status) || c.status === 'suspended') && (
            <Alert severity="error" sx={{ mb: 2 }}>
              这是重大矛盾纠纷，尚未登记上报。请立即向上级报告，并点「上报」记录上报时间和对象。
            </Alert>
          )}
          {notice && (
            <Alert severity="success" sx={{ mb: 2 }} onClose={() => setNotice('')}>
              {notice}
            </Alert>
          )}
          {c.source === 'video' && <CaseWatchSource caseId={c.id} />}
          <CaseFactsSection c={c} />
          <PartiesSection parties={c.parties} />
          <HandlingSection c={c} />
          <CaseMediationSection
            c={c}
            user={user}
            onOpenMediation={onOpenMediation}
            onCaseChanged={(next, message) => done(next, message)}
          />
          {/* Keyed by status: closing the mediation files the dossier, and the section reads it again. */}
          <CaseArchiveSection key={c.status} caseId={c.id} onOpenArchiveItem={onOpenArchiveItem} />
          <AttachmentsSection caseId={c.id} attachments={c.attachments} onAdded={() => void reload()} />
          <CaseTimeline events={c.events} />

          {dialog?.kind === 'edit' && (
            <CaseFormDialog
              existing={c}
              userId={user.id}
              onClose={() => setDialog(null)}
              onSaved={(next) => done(next, '已保存修改。')}
            />
          )}
          {dialog?.kind === 'transition' && (
            <TransitionDialog
              c={c}
              to={dialog.to}
              onClose={() => setDialog(null)}
              onDone={(next) => done(next, `已${TRANSITION_LABELS[dialog.to]}。`)}
            />
          )}
          {dialog?.kind === 'escalate' && (
            <EscalateDialog
              c={c}
              onClose={() => setDialog(null)}
              onDone={(next) => done(next, '已登记上报。')}
            />
          )}
          {dialog?.kind === 'extend' && (
            <ExtendDeadlineDialog
              c={c}
              onClose={() => setDialog(null)}
              onDone={(next) => done(next, '已延期。')}
            />
          )}
        </>
      )}
    </>
  );
}
