import type { DatabaseSync } from 'node:sqlite';
import type { Role } from '../../../shared/domain/roles.ts';
import type { UserSummary } from '../../../shared/domain/users.ts';
import { cachedStatement } from '../db/cachedStatement.ts';

export interface UserRecord extends UserSummary {
  readonly passwordHash: string;
}

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  unit_id: string | null;
  password_hash: string;
  disabled_at: string | null;
  created_at: string;
}

function rolesOf(db: DatabaseSync, userId: string): Role[] {
  const rows = cachedStatement(
    db,
    'SELECT role FROM user_roles WHERE user_id = ? ORDER BY role',
  ).all(userId);
  return (rows as { role: Role }[]).map((row) => row.role);
}

function toRecord(db: DatabaseSync, row: UserRow): UserRecord {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    unitId: row.unit_id,
    roles: rolesOf(db, row.id),
    disabled: row.disabled_at !== null,
    createdAt: row.created_at,
    passwordHash: row.password_hash,
  };
}

export const toSummary = ({ passwordHash: _hash, ...summary }: UserRecord): UserSummary => summary;

export function findUserById(db: DatabaseSync, id: string): UserRecord | null {
  const row = cachedStatement(db, 'SELECT * FROM users WHERE id = ?').get(id) as
    UserRow | undefined;
  return row ? toRecord(db, row) : null;
}

export function findUserByUsername(db: DatabaseSync, username: string): UserRecord | null {
  const row = db.prepare('SELECT * FROM users WHERE username = ?').get(username) as
    UserRow | undefined;
  return row ? toRecord(db, row) : null;
}

export function listUsers(db: DatabaseSync): UserRecord[] {
  const rows = db.prepare('SELECT * FROM users ORDER BY disabled_at IS NOT NULL, username').all();
  return (rows as unknown as UserRow[]).map((row) => toRecord(db, row));
}

/** One page of the users list (user name or name containing the keyword, one unit) and the total. */
export function pageUsers(
  db: DatabaseSync,
  query: {
    readonly keyword: string | null;
    readonly unitId: string | null;
    readonly limit: number;
    readonly offset: number;
  },
): { records: UserRecord[]; total: number } {
  const conditions: string[] = [];
  const parameters: string[] = [];
  if (query.keyword) {
    conditions.push('(instr(lower(username), lower(?)) > 0 OR instr(display_name, ?) > 0)');
    parameters.push(query.keyword, query.keyword);
  }
  if (query.unitId) {
    conditions.push('unit_id = ?');
    parameters.push(query.unitId);
  }
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const { n: total } = db
    .prepare(`SELECT count(*) AS n FROM users ${where}`)
    .get(...parameters) as { n: number };
  const rows = db
    .prepare(
      `SELECT * FROM users ${where} ORDER BY disabled_at IS NOT NULL, username LIMIT ? OFFSET ?`,
    )
    .all(...parameters, query.limit, query.offset) as unknown as UserRow[];
  return { records: rows.map((row) => toRecord(db, row)), total };
}

export function countUsers(db: DatabaseSync): number {
  return (db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
}

export function countActiveAdministrators(db: DatabaseSync): number {
  const row = db
    .prepare(
      "SELECT count(*) AS n FROM users JOIN user_roles ON user_roles.user_id = users.id WHERE role = 'administrator' AND disabled_at IS NULL",
    )
    .get() as { n: number };
  return row.n;
}

export function insertUser(
  db: DatabaseSync,
  user: {
    id: string;
    username: string;
    displayName: string;
    unitId: string | null;
    passwordHash: string;
    createdAt: string;
  },
): void {
  db.prepare(
    'INSERT INTO users (id, username, display_name, unit_id, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(user.id, user.username, user.displayName, user.unitId, user.passwordHash, user.createdAt);
}

export function updateUserProfile(
  db: DatabaseSync,
  id: string,
  profile: { displayName: string; unitId: string | null },
): void {
  db.prepare('UPDATE users SET display_name = ?, unit_id = ? WHERE id = ?').run(
    profile.displayName,
    profile.unitId,
    id,
  );
}

export function replaceUserRoles(db: DatabaseSync, id: string, roles: readonly Role[]): void {
  db.prepare('DELETE FROM user_roles WHERE user_id = ?').run(id);
  const insert = db.prepare('INSERT INTO user_roles (user_id, role) VALUES (?, ?)');
  for (const role of new Set(roles)) insert.run(id, role);
}

export function setUserDisabled(db: DatabaseSync, id: string, disabledAt: string | null): void {
  db.prepare('UPDATE users SET disabled_at = ? WHERE id = ?').run(disabledAt, id);
}

export function setPasswordHash(db: DatabaseSync, id: string, hash: string): void {
  db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(hash, id);
}

/** Enabled users holding `role`, optionally only those of one unit. */
export function activeUserIdsWithRole(db: DatabaseSync, role: Role, unitId?: string): string[] {
  const rows = db
    .prepare(
      `SELECT users.id FROM users JOIN user_roles ON user_roles.user_id = users.id
       WHERE role = ? AND disabled_at IS NULL AND (?2 IS NULL OR unit_id = ?2)`,
    )
    .all(role, unitId ?? null) as { id: string }[];
  return rows.map((row) => row.id);
}
