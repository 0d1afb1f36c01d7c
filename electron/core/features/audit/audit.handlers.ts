import type { FeatureHandlers } from '../../api/types';
import { listAudit, verifyAuditChain } from './audit.queries';

export const auditHandlers: FeatureHandlers<'audit'> = {
  list: (ctx, input) => ctx.read((db) => listAudit(db, input)),
  verify: (ctx) => ctx.read(verifyAuditChain),
};
