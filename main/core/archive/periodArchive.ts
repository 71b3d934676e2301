import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { Actor } from '../../../shared/domain/actor.ts';
import { addDays, shanghaiDate } from '../../../shared/rules/workingDays.ts';
import { compareCodePoints } from '../../../shared/text/compareCodePoints.ts';
import { findUnit } from '../accounts/unitRepository.ts';
import { AppError } from '../appError.ts';
import {
  checkpointCode,
  checkpointFileName,
  checkpointFileText,
  takeCheckpoint,
} from '../audit/auditCheckpoint.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import { inTransaction } from '../db/transaction.ts';
import { buildOfficialDocx } from '../documents/buildOfficialDocx.ts';
import { registerArchiveFiles } from '../documentNumbers/documentRegisterArchive.ts';
import { ensureKeyPair } from '../exchange/exchangeIdentity.ts';
import { listRequestSummaries } from '../requests/requestQueriesRepository.ts';
import { findRequest } from '../requests/requestRepository.ts';
import { readInstallationValue } from '../settings/settingsRepository.ts';
import { archiveIndexCsv, archiveIndexDocument, type IndexRow } from './archiveIndex.ts';
import type { ArchiveSource } from './archiveSources.ts';

export interface ArchivedPeriod {
  /**
   * Every file of the archive: the index (归档目录.docx, 归档目录.csv), the 发文登记簿 (.docx, .csv)
   * and 审计校验点.json included.
   */
  readonly files: readonly { readonly fileName: string; readonly bytes: Buffer }[];
  readonly rows: readonly IndexRow[];
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
/** A file name keeps Chinese but loses what file systems refuse. */
const safeName = (name: string) => name.replace(/[\\/:*?"<>|\s]+/g, '_');

/**
 * The period archive (归档): every approved event that took place between `from` and `to`
 * (inclusive, Asia/Shanghai dates) contributes its Word files from each source, with an index.
 */
export async function archivePeriod(
  db: DatabaseSync,
  sources: readonly ArchiveSource[],
  period: { readonly from: string; readonly to: string },
  actor: Actor | null,
  now: Date,
): Promise<ArchivedPeriod> {
  if (!datePattern.test(period.from) || !datePattern.test(period.to) || period.to < period.from) {
    throw new AppError(
      'invalid_input',
      '归档期间无效：请给出 YYYY-MM-DD 格式的起止日期，且结束日期不早于开始日期。',
    );
  }
  const events = listRequestSummaries(db, {
    unitIds: null,
    states: ['approved'],
    startsFrom: `${period.from}T00:00:00+08:00`,
    startsBefore: `${addDays(period.to, 1)}T00:00:00+08:00`,
    limit: 100_000,
    offset: 0,
    orderBy: 'startsAsc',
  });
  const files: { fileName: string; bytes: Buffer }[] = [];
  const rows: IndexRow[] = [];
  for (const summary of events) {
    const request = findRequest(db, summary.id);
    if (!request?.fields.startsAt) continue;
    const unitName = findUnit(db, request.fields.unitId)?.name ?? '';
    for (const source of sources) {
      for (const file of await source(db, request)) {
        const fileName = safeName(file.fileName);
        files.push({ fileName, bytes: file.bytes });
        const sha256 = createHash('sha256').update(file.bytes).digest('hex');
        rows.push({
          date: shanghaiDate(new Date(request.fields.startsAt)),
          unitName,
          kind: file.kind,
          title: request.fields.title,
          fileName,
          sha256,
        });
      }
    }
  }
  // Code-point order of the names: the order a folder listing shows, so 序号 follows it.
  files.sort((a, b) => compareCodePoints(a.fileName, b.fileName));
  rows.sort((a, b) => compareCodePoints(a.fileName, b.fileName));
  const officeName = readInstallationValue(db, 'officeName') ?? '';
  // The chain as it stands before this archive's own row, signed; its code goes on the index.
  const checkpoint = readInstallationValue(db, 'installationId')
    ? takeCheckpoint(db, ensureKeyPair(db, actor, now), now)
    : null;
  const printed = checkpoint && { rowCount: checkpoint.rowCount, code: checkpointCode(checkpoint) };
  const index = await buildOfficialDocx(
    archiveIndexDocument(period.from, period.to, rows, officeName, printed, now),
  );
  const csv = Buffer.from(archiveIndexCsv(rows, printed), 'utf8');
  // The 发文登记簿 of the period: every number taken in it, voided ones with their reason.
  const register = await registerArchiveFiles(db, period, officeName, now);
  inTransaction(db, () =>
    appendAudit(db, actor, now, {
      action: 'archive.export',
      subjectKind: 'archive',
      subjectId: `${period.from}..${period.to}`,
      details: {
        events: events.length,
        files: files.length,
        indexSha256: createHash('sha256').update(csv).digest('hex'),
        ...(printed && { checkpointRows: printed.rowCount, checkpointCode: printed.code }),
      },
    }),
  );
  return {
    files: [
      ...files,
      { fileName: '归档目录.docx', bytes: index },
      { fileName: '归档目录.csv', bytes: csv },
      ...register,
      ...(checkpoint
        ? [{ fileName: checkpointFileName, bytes: Buffer.from(checkpointFileText(checkpoint)) }]
        : []),
    ],
    rows,
  };
}
