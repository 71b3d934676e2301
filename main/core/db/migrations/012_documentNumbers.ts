import type { Migration } from '../migration.ts';

/**
 * The 发文登记簿. `serial` is taken as MAX(serial) + 1 for its (agency_code, year) in the same
 * transaction as the insert, so numbers are never skipped or given twice; rows are never deleted
 * (a voided paper keeps its number, with who voided it, when and why).
 */
export const documentNumbersMigration: Migration = {
  version: 12,
  name: 'document numbers',
  up: (db) => {
    db.exec(`
      CREATE TABLE document_numbers (
        id TEXT PRIMARY KEY NOT NULL,
        agency_code TEXT NOT NULL,
        year INTEGER NOT NULL CHECK (year BETWEEN 1000 AND 9999),
        serial INTEGER NOT NULL CHECK (serial >= 1),
        number TEXT NOT NULL UNIQUE,
        paper_kind TEXT NOT NULL CHECK (paper_kind IN ('notice', 'approvalLetter')),
        subject_id TEXT NOT NULL,
        subject_version TEXT NOT NULL,
        title TEXT NOT NULL,
        issued_at TEXT NOT NULL,
        issued_by TEXT NOT NULL REFERENCES users (id),
        file_sha256 TEXT NOT NULL,
        voided_at TEXT,
        void_reason TEXT,
        voided_by TEXT REFERENCES users (id),
        UNIQUE (agency_code, year, serial),
        CHECK ((voided_at IS NULL) = (void_reason IS NULL) AND (voided_at IS NULL) = (voided_by IS NULL))
      ) STRICT;
      CREATE INDEX document_numbers_subject ON document_numbers (paper_kind, subject_id);
      CREATE INDEX document_numbers_issued ON document_numbers (issued_at);
      CREATE TRIGGER document_numbers_refuse_delete BEFORE DELETE ON document_numbers
      BEGIN SELECT RAISE(ABORT, 'document_numbers keeps every number: rows cannot be deleted'); END;
      CREATE TRIGGER document_numbers_keep_number BEFORE UPDATE OF
        id, agency_code, year, serial, number, paper_kind, subject_id, subject_version, issued_at, issued_by
        ON document_numbers
      BEGIN SELECT RAISE(ABORT, 'document_numbers: an issued number cannot be changed'); END;
    `);
  },
};
