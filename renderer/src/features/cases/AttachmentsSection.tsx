import { useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import AttachFileOutlined from '@mui/icons-material/AttachFileOutlined';
import type { AttachmentInfo } from '../../../../shared/cases/schemas';
import { formatTableDateTime } from '../../../../shared/dates';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { base64ToBlob, downloadFile, readAsBase64 } from '../../download';
import { formatBytes } from '../../format';
import { useCall } from '../../hooks/useCall';

/** What the archive accepts (attachmentInput): photos and scans, 20 MB at most. */
const ACCEPTED: Record<string, string> = {
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'application/pdf': 'PDF',
};
const MAX_BYTES = 20 * 1024 * 1024;

type AcceptedMime = 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';

function refusal(file: File): string | null {
  if (!(file.type in ACCEPTED))
    return `「${file.name}」不是照片或 PDF：只接受 JPG、PNG、WebP 照片或 PDF 文件。`;
  if (file.size > MAX_BYTES) return `「${file.name}」有 ${formatBytes(file.size)}，附件不能超过 20 MB。`;
  return null;
}

interface AttachmentsSectionProps {
  caseId: number;
  attachments: AttachmentInfo[];
  onAdded: () => void;
}

/**
 * 附件: photos and scans kept inside the encrypted archive. Images open in a
 * dialog; PDFs are saved, since the desktop window opens no viewer of its own.
 */
export function AttachmentsSection({ caseId, attachments, onAdded }: AttachmentsSectionProps) {
  const input = useRef<HTMLInputElement>(null);
  const upload = useCall();
  const view = useCall();
  const [refused, setRefused] = useState('');
  const [image, setImage] = useState<{ name: string; url: string }>();

  const add = async (files: FileList | null) => {
    setRefused('');
    for (const file of Array.from(files ?? [])) {
      const why = refusal(file);
      if (why) {
        setRefused(why);
        continue;
      }
      const base64 = await readAsBase64(file);
      const result = await upload.run(() =>
        api.cases.addAttachment({ caseId, fileName: file.name, mime: file.type as AcceptedMime, base64 }),
      );
      if (!result.ok) break;
    }
    if (input.current) input.current.value = '';
    onAdded();
  };

  const open = async (a: AttachmentInfo) => {
    const result = await view.run(() => api.cases.getAttachment({ id: a.id }));
    if (!result.ok) return;
    const file = result.value;
    if (file.mime.startsWith('image/')) {
      setImage({ name: file.fileName, url: URL.createObjectURL(base64ToBlob(file.base64, file.mime)) });
    } else {
      downloadFile(file);
    }
  };
  const closeImage = () => {
    if (image) URL.revokeObjectURL(image.url);
    setImage(undefined);
  };

  return (
    <Section
      title="附件"
      description="可上传照片（JPG、PNG、WebP）或 PDF，每个不超过 20 MB，加密保存在档案库内。"
    >
      <input
        ref={input}
        type="file"
        hidden
        multiple
        accept={Object.keys(ACCEPTED).join(',')}
        aria-label="选择附件文件"
        onChange={(e) => void add(e.target.files)}
      />
      <Button
        variant="outlined"
        startIcon={<AttachFileOutlined />}
        disabled={upload.busy}
        onClick={() => input.current?.click()}
        sx={{ mb: 2 }}
      >
        {upload.busy ? '正在上传…' : '上传附件'}
      </Button>
      {refused && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {refused}
        </Alert>
      )}
      <ErrorAlert error={upload.error ?? view.error} />
      {attachments.length === 0 ? (
        <Typography color="text.secondary">暂无附件</Typography>
      ) : (
        <Table size="small" aria-label="附件列表">
          <TableHead>
            <TableRow>
              <TableCell>文件名</TableCell>
              <TableCell>类型</TableCell>
              <TableCell>大小</TableCell>
              <TableCell>添加时间</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {attachments.map((a) => (
              <TableRow key={a.id}>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>{a.fileName}</TableCell>
                <TableCell>{ACCEPTED[a.mime] ?? a.mime}</TableCell>
                <TableCell>{formatBytes(a.size)}</TableCell>
                <TableCell>{formatTableDateTime(a.addedAt)}</TableCell>
                <TableCell align="right">
                  <Button size="small" disabled={view.busy} onClick={() => void open(a)}>
                    {a.mime.startsWith('image/') ? '查看' : '下载'}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Dialog open={Boolean(image)} onClose={closeImage} maxWidth="lg" aria-labelledby="attachment-title">
        <DialogTitle id="attachment-title">{image?.name}</DialogTitle>
        <DialogContent>
          {image && (
            <img
              src={image.url}
              alt={image.name}
              style={{ maxWidth: '100%', maxHeight: '75vh', display: 'block' }}
            />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={closeImage}>关闭</Button>
        </DialogActions>
      </Dialog>
    </Section>
  );
}
