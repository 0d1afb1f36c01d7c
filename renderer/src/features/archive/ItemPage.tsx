import { useCallback, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import LabelOutlined from '@mui/icons-material/LabelOutlined';
import type { FileOutput } from '../../../../shared/api/contract';
import { CLASSIFICATIONS } from '../../../../shared/archive/codes';
import type { ArchiveItemDetail } from '../../../../shared/archive/schemas';
import { formatTableDateTime } from '../../../../shared/dates';
import type { SessionUser } from '../../../../shared/session/schemas';
import { api } from '../../api';
import type { OpenCase } from '../../app/navigation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FilesSection } from '../../components/FilesSection';
import { useLoad } from '../../hooks/useLoad';
import { PdfPreviewDialog } from '../../print/PdfPreviewDialog';
import { managesArchive } from './archiveRoles';
import { ItemFormDialog } from './ItemFormDialog';
import { ContentsSection, ItemFactsSection } from './ItemSections';
import { ItemStateChip } from './ItemStateText';
import { ItemLoans } from './loans/ItemLoans';
import { usePrintJob } from '../../print/usePrintJob';

interface ItemPageProps {
  itemId: number;
  user: SessionUser;
  centreName: string;
  /** 返回, or 返回案件 when opened from the case record (its 打开档案). */
  backLabel: string;
  onBack: () => void;
  /** Absent for those who may not open case records. */
  onOpenCase: OpenCase | undefined;
}

/**
 * One archive item: every field, its 卷内目录, its electronic files (scans
 * viewed in the app), its label and its loans. A destroyed item is shown as
 * such, with who destroyed it, when and why, and offers nothing more.
 */
export function ItemPage({ itemId, user, centreName, backLabel, onBack, onOpenCase }: ItemPageProps) {
  const loaded = useLoad(useCallback(() => api.archive.get({ id: itemId }), [itemId]));
  const [updated, setUpdated] = useState<ArchiveItemDetail>();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState('');
  const [pdf, setPdf] = useState<FileOutput>();
  const print = usePrintJob();
  const item = updated ?? loaded.data;

  const reload = async () => {
    setUpdated(undefined);
    await loaded.reload();
  };

  return (
    <>
      <Button startIcon={<ArrowBackOutlined />} onClick={onBack} sx={{ mb: 1, ml: -1 }}>
        {backLabel}
      </Button>
      <ErrorAlert error={loaded.error} />
      {!item ? (
        loaded.loading && <Typography color="text.secondary">正在读取…</Typography>
      ) : (
        <>
          <Stack
            direction="row"
            spacing={1.5}
            sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1, mb: 2 }}
          >
            <Typography variant="h5" component="h1">
              档案 {item.code}
            </Typography>
            <ItemStateChip item={item} />
            {item.classification !== 'public' && (
              <Chip label={CLASSIFICATIONS[item.classification]} color="error" variant="outlined" />
            )}
            {item.important && <Chip label="重要档案" color="warning" variant="outlined" />}
          </Stack>
          {item.destroyed ? (
            <Alert severity="warning" sx={{ mb: 2 }}>
              本档案已销毁：{item.destroyedBy ?? ''} 于{' '}
              {item.destroyedAt ? formatTableDateTime(item.destroyedAt) : ''} 批准销毁
              {item.destroyReason ? `，${item.destroyReason}` : ''}。目录中保留其记录，不能再借阅或添加文件。
            </Alert>
          ) : (
            <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
              {managesArchive(user.role) && (
                <Button variant="outlined" startIcon={<EditOutlined />} onClick={() => setEditing(true)}>
                  编辑
                </Button>
              )}
              <Button
                variant="outlined"
                startIcon={<LabelOutlined />}
                disabled={print.busy}
                onClick={() =>
                  void print.start('档案标签', () => api.archive.printLabels({ ids: [item.id] }))
                }
              >
                打印标签
              </Button>
            </Stack>
          )}
          {notice && (
            <Alert severity="success" sx={{ mb: 2 }} onClose={() => setNotice('')}>
              {notice}
            </Alert>
          )}
          <ErrorAlert error={print.error} />
          <ItemFactsSection item={item} onOpenCase={onOpenCase} />
          {(item.contents.length > 0 || item.caseId !== null) && <ContentsSection item={item} />}
          <FilesSection
            noun="电子文件"
            description={
              item.destroyed
                ? '档案已销毁，电子文件仅供查阅。'
                : '上传纸质档案的扫描件（JPG、PNG、WebP 图片或 PDF），每个不超过 20 MB，加密保存在档案库内。'
            }
            files={item.files}
            upload={item.destroyed ? undefined : (file) => api.archive.addFile({ itemId: item.id, ...file })}
            load={(id) => api.archive.getFile({ id })}
            onPdf={setPdf}
            onAdded={() => void reload()}
          />
          <ItemLoans item={item} user={user} onChanged={() => void reload()} />
          {editing && (
            <ItemFormDialog
              existing={item}
              centreName={centreName}
              onClose={() => setEditing(false)}
              onSaved={(next) => {
                setUpdated(next);
                setNotice('已保存修改。');
              }}
            />
          )}
          {pdf && (
            <PdfPreviewDialog
              title={pdf.fileName}
              file={pdf}
              printable={false}
              onClose={() => setPdf(undefined)}
            />
          )}
          {print.preview}
        </>
      )}
    </>
  );
}
