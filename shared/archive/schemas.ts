import { z } from 'zod';
import { id, optionalText, text } from '../api/fields';
import type { ArchiveItem } from './itemSchemas';

/** The archive catalogue and borrowing (domain.md, Module 3): inputs at the boundary and what comes back. */
// The inputs and results by subject, each in its own file; every name stays importable from here.
export * from './settingsSchemas';
export * from './boxSchemas';
export * from './itemSchemas';
export * from './loanSchemas';

// ——— retention and disposal ———

export const proposeDisposalInput = z
  .object({
    itemIds: z.array(id).min(1, { error: '请选择要销毁的档案' }).max(500),
    reason: text('鉴定意见', 300),
  })
  .strict();
export const decideDisposalInput = z
  .object({
    id,
    approve: z.boolean(),
    note: optionalText('审批意见', 200),
    supervisor: optionalText('监销人', 30),
  })
  .strict()
  .refine((d) => d.approve || !!d.note, { error: '不予批准须写明理由', path: ['note'] });
export const disposalRef = z.object({ id }).strict();

export interface Disposal {
  id: number;
  number: string;
  status: 'proposed' | 'approved' | 'refused';
  reason: string;
  proposedAt: string;
  proposedBy: string;
  decidedAt: string | null;
  decidedBy: string | null;
  decisionNote: string | null;
  supervisor: string | null;
  items: ArchiveItem[];
}

// ——— statistics ———

export interface ArchiveStats {
  from: string;
  to: string;
  /** Per month: applications, on-site readings, take-outs, copies. */
  months: { month: string; loans: number; readings: number; borrowings: number; copies: number }[];
  byPurpose: { key: string; label: string; count: number }[];
  byCategory: { key: string; label: string; count: number }[];
  byUnit: { key: string; label: string; count: number }[];
  overdueNow: number;
  refused: number;
  damaged: number;
  items: { total: number; filedInPeriod: number; destroyed: number };
}
