import { endpoint } from '../endpoint';
import { DIRECTOR } from '../access';
import { empty } from '../fields';
import {
  createAccountInput,
  disableAccountInput,
  resetPasswordInput,
  updateAccountInput,
  type Account,
} from '../../accounts/schemas';
import { listAuditInput, type AuditPage, type AuditVerification } from '../../audit/schemas';

/** The staff accounts, kept by the director. */
export const accountsContract = {
  list: endpoint<Account[]>()(empty, DIRECTOR),
  create: endpoint<Account>()(createAccountInput, DIRECTOR),
  update: endpoint<Account>()(updateAccountInput, DIRECTOR),
  disable: endpoint<Account>()(disableAccountInput, DIRECTOR),
  resetPassword: endpoint<Account>()(resetPasswordInput, DIRECTOR),
} as const;

/** The audit log: listed and verified by the director. */
export const auditContract = {
  list: endpoint<AuditPage>()(listAuditInput, DIRECTOR),
  verify: endpoint<AuditVerification>()(empty, DIRECTOR),
} as const;
