import { useCallback, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import type { Agreement } from '../../../../shared/mediation/schemas';
import { api } from '../../api';
import { SelectField } from '../../components/SelectField';
import { downloadFile } from '../../download';
import { useCall } from '../../hooks/useCall';
import { useLoad } from '../../hooks/useLoad';
import { PdfPreviewDialog } from '../../print/PdfPreviewDialog';
import { printLabel, usePrint } from '../../print/usePrint';

interface AgreementPreviewDialogProps {
  agreement: Agreement;
  onClose: () => void;
  /** After a print: the number may be new and the print log has a line more. */
  onPrinted: (message: string) => void;
}

/**
 * The written agreement as it will print, every copy (一式N份) in one PDF.
 * The preview assigns no number and logs nothing; printing all or one copy
 * does both (the core's print call), and the PDF it returns — numbered — goes
 * to the print dialog. 保存 PDF is a print too: the saved file is the
 * numbered agreement, logged the same way.
 */
export function AgreementPreviewDialog({ agreement: a, onClose, onPrinted }: AgreementPreviewDialogProps) {
  const preview = useLoad(useCallback(() => api.mediation.previewAgreement({ agreementId: a.id }), [a.id]));
  const { busy, error, run } = useCall();
  const printing = usePrint();
  const [copy, setCopy] = useState('1');
  const [pending, setPending] = useState<number | 'all'>();
  const blocked = busy || printing.preparing;
  const copiesOf = (which?: number) =>
    which === undefined ? `全部 ${a.copies} 份` : (a.copyLabels[which - 1] ?? `第${which}份`);

  const print = async (which?: number) => {
    setPending(which ?? 'all');
    const result = await run(() => api.mediation.printAgreement({ agreementId: a.id, copy: which }));
    if (result.ok && (await printing.print(result.value)))
      onPrinted(`已生成协议书${copiesOf(which)}并送往打印，已记入打印记录。`);
    setPending(undefined);
  };

  const save = async () => {
    const result = await run(() => api.mediation.printAgreement({ agreementId: a.id }));
    if (!result.ok) return;
    downloadFile(result.value);
    onPrinted(`已保存协议书${copiesOf()}的 PDF，已记入打印记录。`);
  };

  const label = (which: number | 'all', idle: string) =>
    pending === which ? printLabel(printing.progress, idle) : idle;

  return (
    <PdfPreviewDialog
      title={`预览调解协议书${a.number ? ` ${a.number}` : ''}`}
      file={preview.data}
      error={error ?? printing.error ?? preview.error}
      busy={blocked}
      printable={false}
      onClose={onClose}
      note={
        <Alert severity="info">
          本协议书一式{a.copies}份，当事人、人民调解委员会各持一份。预览不编号、不记入打印记录；
          {a.number
            ? '打印或保存 PDF 将记入打印记录。'
            : '首次打印或保存 PDF 时分配协议编号，并记入打印记录。'}
        </Alert>
      }
      actions={
        <>
          <SelectField
            label="选择份别"
            size="small"
            value={copy}
            onChange={(e) => setCopy(e.target.value)}
            options={a.copyLabels.map((label, i) => ({ value: String(i + 1), label }))}
            fullWidth={false}
            sx={{ width: 280, mr: 'auto' }}
          />
          <Button startIcon={<DownloadOutlined />} disabled={blocked} onClick={() => void save()}>
            保存 PDF
          </Button>
          <Button variant="outlined" disabled={blocked} onClick={() => void print(Number(copy))}>
            {label(Number(copy), '打印所选')}
          </Button>
          <Button
            variant="contained"
            startIcon={<PrintOutlined />}
            disabled={blocked}
            onClick={() => void print()}
          >
            {label('all', `打印全部（${a.copies}份）`)}
          </Button>
        </>
      }
    />
  );
}
