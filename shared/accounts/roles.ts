/**
 * Roles of the centre (domain.md, "Users and roles"). Enforced by the handlers
 * on the main side; the renderer only uses them to hide what would be refused.
 */
export const ROLES = ['director', 'staff', 'operator', 'archivist'] as const;
export type Role = (typeof ROLES)[number];

/** The UI label of each role. */
export const ROLE_LABELS: Record<Role, string> = {
  director: '主任',
  staff: '工作人员 / 调解员',
  operator: '值班员',
  archivist: '档案管理员',
};
