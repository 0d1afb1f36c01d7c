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
import type { FileOutput } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/result';
import type { AttachmentInfo } from '../../../shared/cases/schemas';
import { formatTableDateTime } from '../../../shared/dates';
import { base64ToBlob, downloadFile, readAsBase64 } from '../download';
import { formatBytes } from '../format';
import { useCall } from '../hooks/useCall';
import { ErrorAlert } from './ErrorAlert';
import { Section } from './Section';

/** What the archive accepts for a stored file (attachmentInput, addItemFileInput): photos and scans, 20 MB at most. */
const ACCEPTED: Record<string, string> = {
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'application/pdf': 'PDF',
};
const MAX_BYTES = 20 * 1024 * 1024;

export type AcceptedMime = 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';

/** A file read for an upload call. */
export interface FileUpload {
  fileName: string;
  mime: AcceptedMime;
  base64: string;
}

interface FilesSectionProps {
  /** What the files are called here: 附件 (a case), 电子文件 (an archive item). */
  noun: string;
  description: string;
  files: AttachmentInfo[];
  /** Absent where the user may not add files (e.g. a destroyed item). */
  upload?: (file: FileUpload) => Promise<Result<unknown>>;
  load: (id: number) => Promise<Result<FileOutput>>;
  /** Shows a PDF in the app; without it a PDF is saved for the PDF viewer. */
  onPdf?: (file: FileOutput) => void;
  onAdded: () => void;
}

/**
 * Photos and scans kept inside the encrypted archive, for a case (附件) or an
 * archive item (电子文件): uploaded, listed, images shown in a dialog, PDFs
 * shown in the app where the page can, else saved.
 */
export function FilesSection({ noun, description, files, upload, load, onPdf, onAdded }: FilesSectionProps) {
  const input = useRef<HTMLInputElement>(null);
  const uploading = useCall();
  const view = useCall();
  const [refused, setRefused] = useState('');
  const [image, setImage] = useState<{ name: string; url: string }>();

  const refusal = (file: File): string | null => {
    if (!(file.type in ACCEPTED))
      return `「${file.name}」不是照片或 PDF：只接受 JPG、PNG、WebP 照片或 PDF 文件。`;
    if (file.size > MAX_BYTES) return `「${file.name}」有 ${formatBytes(file.size)}，${noun}不能超过 20 MB。`;
    return null;
  };

  const add = async (chosen: FileList | null) => {
    if (!upload) return;
    setRefused('');
    for (const file of Array.from(chosen ?? [])) {
      const why = refusal(file);
      if (why) {
        setRefused(why);
        continue;
      }
      const base64 = await readAsBase64(file);
      const result = await uploading.run(() =>
        upload({ fileName: file.name, mime: file.type as AcceptedMime, base64 }),
      );
      if (!result.ok) break;
    }
    if (input.current) input.current.value = '';
    onAdded();
  };

  const open = async (a: AttachmentInfo) => {
    const result = await view.run(() => load(a.id));
    if (!result.ok) return;
    const file = result.value;
    if (file.mime.startsWith('image/')) {
      setImage({ name: file.fileName, url: URL.createObjectURL(base64ToBlob(file.base64, file.mime)) });
    } else if (onPdf) {
      onPdf(file);
    } else {
      downloadFile(file);
    }
  };
  const closeImage = () => {
    if (image) URL.revokeObjectURL(image.url);
    setImage(undefined);
  };

  return (
    <Section title={noun} description={description}>
      {upload && (
        <>
          <input
            ref={input}
            type="file"
            hidden
            multiple
            accept={Object.keys(ACCEPTED).join(',')}
            aria-label={`选择要上传的${noun}`}
            onChange={(e) => void add(e.target.files)}
          />
          <Button
            variant="outlined"
            startIcon={<AttachFileOutlined />}
            disabled={uploading.busy}
            onClick={() => input.current?.click()}
            sx={{ mb: 2 }}
          >
            {uploading.busy ? '正在上传…' : `上传${noun}`}
          </Button>
        </>
      )}
      {refused && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {refused}
        </Alert>
      )}
      <ErrorAlert error={uploading.error ?? view.error} />
      {files.length === 0 ? (
        <Typography color="text.secondary">暂无{noun}</Typography>
      ) : (
        <Table size="small" aria-label={`${noun}列表`}>
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
            {files.map((a) => (
              <TableRow key={a.id}>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>{a.fileName}</TableCell>
                <TableCell>{ACCEPTED[a.mime] ?? a.mime}</TableCell>
                <TableCell>{formatBytes(a.size)}</TableCell>
                <TableCell>{formatTableDateTime(a.addedAt)}</TableCell>
                <TableCell align="right">
                  <Button size="small" disabled={view.busy} onClick={() => void open(a)}>
                    {a.mime.startsWith('image/') || onPdf ? '查看' : '下载'}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Dialog open={Boolean(image)} onClose={closeImage} maxWidth="lg" aria-labelledby="file-image-title">
        <DialogTitle id="file-image-title">{image?.name}</DialogTitle>
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
