import { z } from 'zod';
import { dateField } from '../api/fields';

export const listAuditInput = z
  .object({
    page: z.number().int().min(0).max(1_000_000),
    pageSize: z.number().int().min(1).max(200),
    from: dateField('起始日期').optional(),
    to: dateField('截止日期').optional(),
    actor: z.string().trim().max(32).optional(),
    action: z.string().trim().max(64).optional(),
    q: z.string().trim().max(64).optional(),
  })
  .strict();
export type ListAuditInput = z.infer<typeof listAuditInput>;

/** One record of the hash-chained audit trail. */
export interface AuditRecord {
  id: number;
  at: string;
  actorName: string;
  action: string;
  entity: string;
  entityId: string | null;
  /** What staff call the record: the account's name, the case's or agreement's number (not a row id). */
  entityName: string | null;
  summary: string;
}

export interface AuditPage {
  rows: AuditRecord[];
  total: number;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** Chinese description of the first break found. */
  problem?: string;
}
