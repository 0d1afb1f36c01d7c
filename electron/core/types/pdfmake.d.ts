// pdfmake 0.3's server entry; @types/pdfmake describes 0.2, whose document
// definition types still hold, so only the entry object is declared here.
declare module 'pdfmake' {
  import type { TDocumentDefinitions } from 'pdfmake/interfaces';
  /** A font file, or a file and the PostScript name of one font inside a collection (.ttc). */
  type FontSource = string | [string, string];
  type FontFaces = Record<'normal' | 'bold' | 'italics' | 'bolditalics', FontSource>;
  interface OutputDocument {
    getBuffer(): Promise<Buffer>;
  }
  interface PdfMake {
    setFonts(fonts: Record<string, FontFaces>): void;
    setUrlAccessPolicy(policy: (url: string) => boolean): void;
    setLocalAccessPolicy(policy: (path: string) => boolean): void;
    createPdf(doc: TDocumentDefinitions, options?: object): OutputDocument;
  }
  const pdfmake: PdfMake;
  export default pdfmake;
}
