import { downloadFile } from '../../download';

/** Saves a PDF the server produced as base64 (see downloadFile). */
export function downloadPdf(fileName: string, base64: string): void {
  downloadFile({ fileName, mime: 'application/pdf', base64 });
}
