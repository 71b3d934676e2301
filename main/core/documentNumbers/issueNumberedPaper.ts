import { createHash, randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { formatDocumentNumber } from '../../../shared/documents/documentNumber.ts';
import type { Actor } from '../../../shared/domain/actor.ts';
import { shanghaiDate } from '../../../shared/rules/workingDays.ts';
import { AppError } from '../appError.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import { inTransaction } from '../db/transaction.ts';
import { readDocumentIssuing, type IssuedNumber } from './documentIssuing.ts';
import {
  findIssuedNumber,
  insertDocumentNumber,
  nextSerial,
  recordReexport,
  type PaperSubject,
} from './documentNumberRepository.ts';

export interface NumberedPaper extends PaperSubject {
  readonly title: string;
}

export interface IssuedPaper {
  readonly bytes: Buffer;
  readonly sha256: string;
  /** Null when no 机关代字 is set: the paper went out without a number and is not registered. */
  readonly number: string | null;
}

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A concurrent export took the serial while the file was being laid out: lay it out again. */
const maxAttempts = 5;

/**
 * Issues a final paper. `build` lays it out with the number it carries. The same paper exported
 * again keeps its number; otherwise it takes MAX(serial) + 1 of its 机关代字 and year, and the file
 * is built before that number is recorded, so a failed build skips no number. `record` runs in
 * the transaction that registers the number (the caller's export audit), so both commit together.
 */
export async function issueNumberedPaper(
  db: DatabaseSync,
  paper: NumberedPaper,
  actor: Actor,
  now: Date,
  build: (issued: IssuedNumber | null) => Promise<Buffer>,
  record: (issued: IssuedPaper) => void,
): Promise<IssuedPaper> {
  const { agencyCode } = readDocumentIssuing(db);
  const existing = findIssuedNumber(db, paper);
  if (existing) {
    const bytes = await build(existing);
    const issued = { bytes, sha256: sha256Of(bytes), number: existing.number };
    const kept = inTransaction(db, () => {
      // Voided while the file was being laid out: the paper takes a new number instead.
      if (findIssuedNumber(db, paper)?.id !== existing.id) return false;
      recordReexport(db, existing.id, paper.title, issued.sha256);
      record(issued);
      return true;
    });
    return kept ? issued : issueNumberedPaper(db, paper, actor, now, build, record);
  }
  if (!agencyCode) {
    const bytes = await build(null);
    const issued = { bytes, sha256: sha256Of(bytes), number: null };
    inTransaction(db, () => record(issued));
    return issued;
  }
  const year = Number(shanghaiDate(now).slice(0, 4));
  const issuedAt = now.toISOString();
  for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
    const serial = nextSerial(db, agencyCode, year);
    const number = formatDocumentNumber(agencyCode, year, serial);
    const bytes = await build({ number, issuedAt });
    const issued = { bytes, sha256: sha256Of(bytes), number };
    const done = inTransaction(db, () => {
      if (findIssuedNumber(db, paper) || nextSerial(db, agencyCode, year) !== serial) return false;
      const id = randomUUID();
      insertDocumentNumber(db, {
        ...paper,
        id,
        agencyCode,
        year,
        serial,
        number,
        issuedAt,
        issuedBy: actor.userId,
        fileSha256: issued.sha256,
      });
      appendAudit(db, actor, now, {
        action: 'documentNumber.issue',
        subjectKind: 'documentNumber',
        subjectId: id,
        details: {
          number,
          paperKind: paper.kind,
          paperSubject: paper.subjectId,
          title: paper.title,
          sha256: issued.sha256,
        },
      });
      record(issued);
      return true;
    });
    if (done) return issued;
    // The same paper was numbered meanwhile: reuse that number.
    if (findIssuedNumber(db, paper))
      return issueNumberedPaper(db, paper, actor, now, build, record);
  }
  throw new AppError('conflict', '发文字号正被同时占用，请稍后再导出一次。');
}
