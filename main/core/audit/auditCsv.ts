import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { AuditEntry } from '../../../shared/contract/auditChannels.ts';
import type { ParsedInput } from '../../../shared/contract/channels.ts';
import type { ExportedFile } from '../../../shared/contract/exportedFile.ts';
import { auditCodesNamedAs } from '../../../shared/domain/auditActionGroups.ts';
import { auditDetailsText } from '../../../shared/domain/auditDetails.ts';
import { auditActionLabel, auditSubjectLabel } from '../../../shared/domain/auditLabels.ts';
import { addDays, shanghaiDate } from '../../../shared/rules/workingDays.ts';
import { formatDayTime } from '../../../shared/text/chineseDates.ts';
import { requireActor } from '../accounts/accountService.ts';
import { csvCell } from '../archive/archiveIndex.ts';
import type { CallContext } from '../callContext.ts';
import { inTransaction } from '../db/transaction.ts';
import { appendAudit, auditMatching, type AuditFilter } from './auditRepository.ts';

type FilterInput = Omit<ParsedInput<'audit:page'>, 'limit' | 'offset'>;

/** The screen's filters (Shanghai days, one action code) as the repository's. */
export const auditFilterOf = (input: FilterInput): AuditFilter => ({
  keyword: input.keyword || null,
  from: input.from ? `${input.from}T00:00:00+08:00` : null,
  before: input.to ? `${addDays(input.to, 1)}T00:00:00+08:00` : null,
  actorId: input.actorId ?? null,
  actions: input.action ? auditCodesNamedAs(input.action) : null,
});

export const auditCsvColumns = ['时间（北京时间）', '操作人', '操作', '对象', '详情'] as const;

/** The rows as CSV with a byte-order mark (so Excel reads the Chinese), labels in Chinese. */
export function auditCsvText(entries: readonly AuditEntry[]): string {
  const lines = [
    auditCsvColumns.join(','),
    ...entries.map((entry) =>
      [
        formatDayTime(entry.at, { seconds: true }),
        entry.actorName ?? '（系统）',
        auditActionLabel(entry.action),
        auditSubjectLabel(entry.subjectKind),
        auditDetailsText(entry.details),
      ]
        .map(csvCell)
        .join(','),
    ),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** 导出 CSV: every row the filters match, newest first; the export is itself audited. */
export function exportAuditCsv(
  db: DatabaseSync,
  context: CallContext,
  input: FilterInput,
): ExportedFile {
  const actor = requireActor(context);
  const entries = auditMatching(db, auditFilterOf(input));
  const fileName = `审计日志-${shanghaiDate(context.now).replaceAll('-', '')}.csv`;
  const bytes = Buffer.from(auditCsvText(entries), 'utf8');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  inTransaction(db, () =>
    appendAudit(db, actor, context.now, {
      action: 'audit.exportCsv',
      subjectKind: 'auditLog',
      subjectId: fileName,
      details: {
        fileName,
        sha256,
        rows: entries.length,
        ...input,
        ...(input.action ? { action: auditActionLabel(input.action) } : {}),
      },
    }),
  );
  return {
    fileName,
    mediaType: 'text/csv; charset=utf-8',
    contentBase64: bytes.toString('base64'),
    sha256,
  };
}
