import { AsyncLocalStorage } from 'node:async_hooks';

/** A font of the chain after the body font. */
export interface FallbackFont {
  /** pdfmake's family name: unique per file, so two archives' fonts never mix. */
  family: string;
  /** What messages and the settings page call it. */
  label: string;
  /** A font of the operating system, or the one the director added. */
  kind: 'system' | 'supplementary';
  path: string;
  /** The font inside a collection (.ttc); absent for a single font. */
  postscriptName?: string;
}

/**
 * The supplementary font of the archive being served. Set around every call
 * of the core and every job's work (app.ts, job.worker.ts), so every PDF
 * builder reaches it without being handed it, and two archives open in one
 * process (the tests) never see each other's. Kept apart from fonts.ts so a
 * job thread that prints nothing does not load fontkit.
 */
const archiveFonts = new AsyncLocalStorage<() => FallbackFont | null>();

export function withArchiveFonts<T>(supplementary: () => FallbackFont | null, fn: () => T): T {
  return archiveFonts.run(supplementary, fn);
}

/** The supplementary font of the archive being served, if it has one. */
export const archiveSupplementary = (): FallbackFont | null => archiveFonts.getStore()?.() ?? null;
