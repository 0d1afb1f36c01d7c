import { AppError } from '../../errors';
import type { Db } from '../../db/open';
import { DEFAULT_ROSTER_RULES, type Person, type RosterRules } from '../../../../shared/duty/rules';
import type { ShiftDef } from '../../../../shared/duty/shifts';
import type { DutySetup, DutyTemplate } from '../../../../shared/duty/schemas';
import { stmt } from '../cases/cases.queries';

/** The roster's rules live under one key of the settings table, as JSON. */
const RULES_KEY = 'dutyRules';

export function getRules(db: Db): RosterRules {
  const row = stmt(db, 'SELECT value FROM settings WHERE key = ?').get(RULES_KEY) as
    { value: string } | undefined;
  return { ...DEFAULT_ROSTER_RULES, ...(row ? (JSON.parse(row.value) as Partial<RosterRules>) : {}) };
}

export function putRules(db: Db, rules: RosterRules): void {
  stmt(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(RULES_KEY, JSON.stringify(rules));
}

interface TemplateRow {
  id: number;
  name: string;
  shifts: string;
  retired: number;
}

const toTemplate = (r: TemplateRow): DutyTemplate => ({
  id: r.id,
  name: r.name,
  shifts: JSON.parse(r.shifts) as ShiftDef[],
  retired: r.retired === 1,
});

export function listTemplates(db: Db): DutyTemplate[] {
  return (stmt(db, 'SELECT * FROM duty_templates ORDER BY sort, id').all() as TemplateRow[]).map(toTemplate);
}

export function getTemplate(db: Db, id: number): DutyTemplate {
  const r = stmt(db, 'SELECT * FROM duty_templates WHERE id = ?').get(id) as TemplateRow | undefined;
  if (!r) throw new AppError('NOT_FOUND', '找不到这个班次模板。');
  return toTemplate(r);
}

export function saveTemplate(
  db: Db,
  t: { id?: number | undefined; name: string; shifts: ShiftDef[]; retired?: boolean | undefined },
): number {
  const clash = stmt(db, 'SELECT id FROM duty_templates WHERE name = ?').get(t.name) as
    { id: number } | undefined;
  if (clash && clash.id !== t.id)
    throw new AppError('VALIDATION', `输入有误：模板名称「${t.name}」已有`, { name: '模板名称已有' });
  if (t.id !== undefined) {
    getTemplate(db, t.id);
    stmt(db, 'UPDATE duty_templates SET name = ?, shifts = ?, retired = ? WHERE id = ?').run(
      t.name,
      JSON.stringify(t.shifts),
      t.retired ? 1 : 0,
      t.id,
    );
    return t.id;
  }
  const { n } = stmt(db, 'SELECT coalesce(max(sort), 0) AS n FROM duty_templates').get() as { n: number };
  return Number(
    stmt(db, 'INSERT INTO duty_templates (name, shifts, retired, sort) VALUES (?, ?, ?, ?)').run(
      t.name,
      JSON.stringify(t.shifts),
      t.retired ? 1 : 0,
      n + 1,
    ).lastInsertRowid,
  );
}

/**
 * Who takes shifts: every active operator unless taken off the roster, and
 * staff the director put on it (staff who also watch the screens).
 */
export function dutyPeople(db: Db): Person[] {
  return stmt(
    db,
    `SELECT a.id, a.display_name AS name FROM accounts a LEFT JOIN duty_people d ON d.account_id = a.id
       WHERE a.disabled = 0 AND coalesce(d.on_duty, a.role = 'operator') = 1 ORDER BY a.role DESC, a.id`,
  ).all() as Person[];
}

export function dutySetup(db: Db): DutySetup {
  const onDuty = new Set(dutyPeople(db).map((p) => p.id));
  const candidates = (
    stmt(
      db,
      "SELECT id, display_name AS name, role FROM accounts WHERE disabled = 0 AND role IN ('operator', 'staff', 'director') ORDER BY role DESC, id",
    ).all() as { id: number; name: string; role: string }[]
  ).map((c) => ({ ...c, onDuty: onDuty.has(c.id) }));
  return { templates: listTemplates(db), rules: getRules(db), candidates };
}

export function setDutyPeople(db: Db, accountIds: number[]): string {
  const wanted = new Set(accountIds);
  const setup = dutySetup(db);
  for (const id of wanted)
    if (!setup.candidates.some((c) => c.id === id))
      throw new AppError('VALIDATION', '输入有误：值班人员须是在用的值班员、工作人员或主任账户');
  stmt(db, 'DELETE FROM duty_people').run();
  const put = stmt(db, 'INSERT INTO duty_people (account_id, on_duty) VALUES (?, ?)');
  for (const c of setup.candidates) put.run(c.id, wanted.has(c.id) ? 1 : 0);
  return setup.candidates
    .filter((c) => wanted.has(c.id))
    .map((c) => c.name)
    .join('、');
}
