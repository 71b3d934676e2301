import type { DatabaseSync } from 'node:sqlite';
import type {
  AppNotification,
  NotificationKind,
} from '../../../shared/contract/notificationChannels.ts';

export interface NewNotification {
  readonly kind: NotificationKind;
  readonly subjectKind: string;
  readonly subjectId: string;
  readonly text: string;
  /** Set for reminders that must appear once only (a deadline on a given day). */
  readonly dedupeKey?: string;
}

export function insertNotifications(
  db: DatabaseSync,
  userIds: readonly string[],
  notification: NewNotification,
  at: string,
): void {
  // Users of another installation (a drafter named in a received request) are skipped.
  const insert = db.prepare(
    `INSERT INTO notifications (user_id, kind, subject_kind, subject_id, text, dedupe_key, created_at)
     SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7 WHERE EXISTS (SELECT 1 FROM users WHERE id = ?1)
     ON CONFLICT DO NOTHING`,
  );
  for (const userId of new Set(userIds)) {
    insert.run(
      userId,
      notification.kind,
      notification.subjectKind,
      notification.subjectId,
      notification.text,
      notification.dedupeKey ?? null,
      at,
    );
  }
}

interface NotificationRow {
  id: number;
  kind: string;
  subject_kind: string;
  subject_id: string;
  text: string;
  created_at: string;
  read_at: string | null;
}

export function listNotifications(
  db: DatabaseSync,
  userId: string,
  unreadOnly: boolean,
  limit: number,
): AppNotification[] {
  const rows = db
    .prepare(
      `SELECT * FROM notifications WHERE user_id = ? AND (? = 0 OR read_at IS NULL) ORDER BY id DESC LIMIT ?`,
    )
    .all(userId, unreadOnly ? 1 : 0, limit) as unknown as NotificationRow[];
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as NotificationKind,
    subjectKind: row.subject_kind,
    subjectId: row.subject_id,
    text: row.text,
    createdAt: row.created_at,
    read: row.read_at !== null,
  }));
}

export function countUnread(db: DatabaseSync, userId: string): number {
  return (
    db
      .prepare('SELECT count(*) AS n FROM notifications WHERE user_id = ? AND read_at IS NULL')
      .get(userId) as { n: number }
  ).n;
}

/** Marks the user's given notifications (or all of them) read; returns how many changed. */
export function markRead(
  db: DatabaseSync,
  userId: string,
  ids: readonly number[] | null,
  at: string,
): number {
  const result = db
    .prepare(
      `UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL
       AND (?3 IS NULL OR id IN (SELECT value FROM json_each(?3)))`,
    )
    .run(at, userId, ids ? JSON.stringify(ids) : null);
  return Number(result.changes);
}
