import type { Migration } from '../migration.ts';

/**
 * Live transcripts: one per event (an event is an approval request), its speakers, its turns with
 * every revision kept (revisions are never updated or deleted: triggers refuse it), the note-taker's
 * line in progress, audio recordings (growing files under attachments/recordings/), the question
 * queue, the post-event deliverables with their content-addressed files, and chunked uploads.
 */
export const transcriptsMigration: Migration = {
  version: 6,
  name: 'transcripts',
  up: (db) => {
    db.exec(`
      CREATE TABLE transcripts (
        request_id TEXT PRIMARY KEY NOT NULL REFERENCES requests (id),
        started_at TEXT NOT NULL,
        started_by TEXT NOT NULL,
        ended_at TEXT,
        revision INTEGER NOT NULL DEFAULT 0,
        reviewed_revision INTEGER,
        reviewed_by TEXT,
        reviewed_by_name TEXT,
        reviewed_at TEXT,
        closed_at TEXT,
        closed_by_name TEXT
      ) STRICT;

      CREATE TABLE transcript_speakers (
        id TEXT PRIMARY KEY NOT NULL,
        request_id TEXT NOT NULL REFERENCES transcripts (request_id),
        position INTEGER NOT NULL,
        role TEXT NOT NULL,
        name TEXT NOT NULL,
        title TEXT NOT NULL,
        outlet TEXT NOT NULL,
        added_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX transcript_speakers_request ON transcript_speakers (request_id, position);

      CREATE TABLE transcript_turns (
        id TEXT PRIMARY KEY NOT NULL,
        request_id TEXT NOT NULL REFERENCES transcripts (request_id),
        seq INTEGER NOT NULL,
        speaker_id TEXT NOT NULL REFERENCES transcript_speakers (id),
        text TEXT NOT NULL,
        spoken_at TEXT NOT NULL,
        offset_ms INTEGER NOT NULL,
        revision INTEGER NOT NULL,
        committed_by TEXT NOT NULL,
        committed_by_name TEXT NOT NULL,
        committed_at TEXT NOT NULL,
        UNIQUE (request_id, seq)
      ) STRICT;

      CREATE TABLE transcript_turn_revisions (
        turn_id TEXT NOT NULL REFERENCES transcript_turns (id),
        revision INTEGER NOT NULL,
        speaker_id TEXT NOT NULL REFERENCES transcript_speakers (id),
        text TEXT NOT NULL,
        edited_by TEXT NOT NULL,
        edited_by_name TEXT NOT NULL,
        edited_at TEXT NOT NULL,
        PRIMARY KEY (turn_id, revision)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX transcript_turn_revisions_editor ON transcript_turn_revisions (edited_by);
      CREATE TRIGGER transcript_turn_revisions_no_update BEFORE UPDATE ON transcript_turn_revisions
        BEGIN SELECT RAISE(ABORT, 'turn revisions are immutable'); END;
      CREATE TRIGGER transcript_turn_revisions_no_delete BEFORE DELETE ON transcript_turn_revisions
        BEGIN SELECT RAISE(ABORT, 'turn revisions are immutable'); END;

      CREATE TABLE transcript_drafts (
        request_id TEXT NOT NULL REFERENCES transcripts (request_id),
        user_id TEXT NOT NULL,
        speaker_id TEXT,
        text TEXT NOT NULL,
        started_at TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (request_id, user_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE transcript_recordings (
        id TEXT PRIMARY KEY NOT NULL,
        request_id TEXT NOT NULL REFERENCES transcripts (request_id),
        media_type TEXT NOT NULL,
        started_at TEXT NOT NULL,
        started_by TEXT NOT NULL,
        bytes INTEGER NOT NULL DEFAULT 0,
        chunks INTEGER NOT NULL DEFAULT 0,
        duration_ms INTEGER NOT NULL DEFAULT 0,
        finished_at TEXT,
        sha256 TEXT
      ) STRICT;
      CREATE INDEX transcript_recordings_request ON transcript_recordings (request_id, started_at);

      CREATE TABLE transcript_questions (
        id TEXT PRIMARY KEY NOT NULL,
        request_id TEXT NOT NULL REFERENCES transcripts (request_id),
        position INTEGER NOT NULL,
        reporter_id TEXT NOT NULL REFERENCES transcript_speakers (id),
        text TEXT NOT NULL,
        answerer_id TEXT REFERENCES transcript_speakers (id),
        state TEXT NOT NULL CHECK (state IN ('waiting', 'answered', 'withdrawn')),
        follow_up TEXT NOT NULL CHECK (follow_up IN ('none', 'open', 'done')),
        follow_up_note TEXT NOT NULL,
        asked_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX transcript_questions_request ON transcript_questions (request_id, position);
      CREATE INDEX transcript_questions_follow_up ON transcript_questions (follow_up, request_id);

      CREATE TABLE transcript_deliverables (
        id TEXT PRIMARY KEY NOT NULL,
        request_id TEXT NOT NULL REFERENCES transcripts (request_id),
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        required INTEGER NOT NULL CHECK (required IN (0, 1)),
        min_files INTEGER NOT NULL CHECK (min_files >= 1)
      ) STRICT;
      CREATE INDEX transcript_deliverables_request ON transcript_deliverables (request_id, position);

      CREATE TABLE transcript_deliverable_files (
        deliverable_id TEXT NOT NULL REFERENCES transcript_deliverables (id),
        sha256 TEXT NOT NULL REFERENCES attachments (sha256),
        file_name TEXT NOT NULL,
        added_by_name TEXT NOT NULL,
        added_at TEXT NOT NULL,
        PRIMARY KEY (deliverable_id, sha256)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE transcript_uploads (
        id TEXT PRIMARY KEY NOT NULL,
        deliverable_id TEXT NOT NULL REFERENCES transcript_deliverables (id),
        file_name TEXT NOT NULL,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        received_bytes INTEGER NOT NULL DEFAULT 0,
        started_by TEXT NOT NULL,
        started_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
