import { useCallback, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import type { Agreement } from '../../../../shared/mediation/schemas';
import { api } from '../../api';
import { SelectField } from '../../components/SelectField';
import { downloadFile } from '../../download';
import { useCall } from '../../hooks/useCall';
import { useLoad } from '../../hooks/useLoad';
import { PdfPreviewDialog } from './PdfPreviewDialog';

interface AgreementPreviewDialogProps {
  agreement: Agreement;
  onClose: () => void;
  /** After a print: the number may be new and the print log has a line more. */
  onPrinted: (message: string) => void;
}

/**
 * The written agreement as it will print, every copy (一式N份) in one PDF.
 * The preview assigns no number and logs nothing; printing all or one copy
 * does both, and hands the PDF to the viewer to print.
 */
export function AgreementPreviewDialog({ agreement: a, onClose, onPrinted }: AgreementPreviewDialogProps) {
  const preview = useLoad(useCallback(() => api.mediation.previewAgreement({ agreementId: a.id }), [a.id]));
  const { busy, error, run } = useCall();
  const [copy, setCopy] = useState('1');

  const print = async (which?: number) => {
    const result = await run(() => api.mediation.printAgreement({ agreementId: a.id, copy: which }));
    if (!result.ok) return;
    downloadFile(result.value);
    onPrinted(
      which === undefined
        ? `已生成协议书全部 ${a.copies} 份，请在 PDF 阅读器中打印。`
        : `已生成协议书${a.copyLabels[which - 1] ?? `第${which}份`}，请在 PDF 阅读器中打印。`,
    );
  };

  return (
    <PdfPreviewDialog
      title={`预览调解协议书${a.number ? ` ${a.number}` : ''}`}
      file={preview.data}
      error={error ?? preview.error}
      busy={busy}
      onClose={onClose}
      note={
        <Alert severity="info">
          本协议书一式{a.copies}份，当事人、人民调解委员会各持一份。预览不编号、不记入打印记录；
          {a.number ? '打印将记入打印记录。' : '首次打印时分配协议编号，并记入打印记录。'}
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
          <Button variant="outlined" disabled={busy} onClick={() => void print(Number(copy))}>
            打印所选
          </Button>
          <Button
            variant="contained"
            startIcon={<PrintOutlined />}
            disabled={busy}
            onClick={() => void print()}
          >
            打印全部（{a.copies}份）
          </Button>
        </>
      }
    />
  );
}
