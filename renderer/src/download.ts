import type { FileOutput } from '../../shared/api/contract';

/** The bytes of a base64 string the server produced (xlsx, pdf, attachment). */
export function base64ToBlob(base64: string, mime: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mime });
}

/**
 * Saves a file the server produced. A Blob URL keeps the bytes in the renderer
 * (no file path crosses the boundary); the URL is revoked once the download
 * had time to start.
 */
export function downloadFile(file: FileOutput): void {
  const url = URL.createObjectURL(base64ToBlob(file.base64, file.mime));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Reads a chosen file as base64 (without the `data:…;base64,` prefix) for an upload call. */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('读取文件失败'));
    reader.readAsDataURL(file);
  });
}
