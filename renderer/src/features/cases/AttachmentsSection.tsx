import type { AttachmentInfo } from '../../../../shared/cases/schemas';
import { api } from '../../api';
import { FilesSection } from '../../components/FilesSection';

interface AttachmentsSectionProps {
  caseId: number;
  attachments: AttachmentInfo[];
  onAdded: () => void;
}

/** 附件 of a case: images open in a dialog; PDFs are saved for the PDF viewer. */
export function AttachmentsSection({ caseId, attachments, onAdded }: AttachmentsSectionProps) {
  return (
    <FilesSection
      noun="附件"
      description="可上传照片（JPG、PNG、WebP）或 PDF，每个不超过 20 MB，加密保存在档案库内。"
      files={attachments}
      upload={(file) => api.cases.addAttachment({ caseId, ...file })}
      load={(id) => api.cases.getAttachment({ id })}
      onAdded={onAdded}
    />
  );
}
