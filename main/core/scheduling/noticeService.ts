import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { ParsedInput } from '../../../shared/contract/channels.ts';
import { docxMediaType, type ExportedFile } from '../../../shared/contract/exportedFile.ts';
import type { NoticeDraft } from '../../../shared/domain/schedulingNotice.ts';
import { complianceSettingsOf } from '../../../shared/domain/schedulingSettings.ts';
import { evaluateBoard } from '../../../shared/rules/complianceBoard.ts';
import { isPressConference, isOnlineInterview } from '../../../shared/rules/complianceCounting.ts';
import { dateOfInstant, inPeriod, periodOf } from '../../../shared/rules/schedulePeriods.ts';
import { shanghaiDate } from '../../../shared/rules/workingDays.ts';
import { requireActor } from '../accounts/accountService.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import { inTransaction } from '../db/transaction.ts';
import { buildOfficialDocx } from '../documents/buildOfficialDocx.ts';
import {
  paperHead,
  readDocumentIssuing,
  withPaperHead,
} from '../documentNumbers/documentIssuing.ts';
import { issueNumberedPaper } from '../documentNumbers/issueNumberedPaper.ts';
import type { CallContext } from '../callContext.ts';
import { readInstallationValue, readSettings } from '../settings/settingsRepository.ts';
import { complianceTopics } from './boardTopicsService.ts';
import { loadComplianceInput } from './complianceInput.ts';
import { noticeDocument } from './noticeDocument.ts';
import { noticeDraft } from './noticeDraft.ts';
import { periodLabel } from './noticePhrases.ts';

/** A 通报 for a quarter or a year, drafted from the board as it stands today. */
export function draftNotice(
  db: DatabaseSync,
  input: ParsedInput<'compliance:noticeDraft'>,
  context: CallContext,
): NoticeDraft {
  const { input: rules } = loadComplianceInput(db, input.year, context.now);
  const period = periodOf(input.year, input.quarter);
  const held = rules.events.filter(
    (event) => event.startsAt !== null && inPeriod(dateOfInstant(event.startsAt), period),
  );
  return noticeDraft({
    board: evaluateBoard(rules),
    quarter: input.quarter,
    settings: complianceSettingsOf(readSettings(db).compliance),
    organisation: readInstallationValue(db, 'officeName') ?? '县政府新闻办公室',
    today: shanghaiDate(context.now),
    held: {
      conferences: held.filter(isPressConference).length,
      emergencies: held.filter((event) => event.isEmergency).length,
      interviews: held.filter(isOnlineInterview).length,
    },
    topics: complianceTopics(db, input.year, context.now),
  });
}

/** Printed on every page of a 通报 exported for review rather than issued. */
export const noticeDraftMark = '草稿 · 未印发';

/**
 * The edited 通报 as a Word file; the export is audited with the period and the file's hash. A
 * final one is issued under a 发文字号 (the period's 通报 keeps its number when exported again); a
 * draft carries none.
 */
export async function exportNotice(
  db: DatabaseSync,
  input: ParsedInput<'compliance:exportNotice'>,
  context: CallContext,
): Promise<ExportedFile> {
  const actor = requireActor(context);
  const final = input.final ?? false;
  const period = `${input.year}${input.quarter === null ? '' : `-Q${input.quarter}`}`;
  const fileName = `${periodLabel(input.year, input.quarter)}新闻发布工作情况通报${final ? '' : '（草稿）'}.docx`;
  const document = noticeDocument(input.draft);
  const issuing = readDocumentIssuing(db);
  const audit = (sha256: string, documentNumber: string | null) =>
    appendAudit(db, actor, context.now, {
      action: 'compliance.exportNotice',
      subjectKind: 'compliance',
      subjectId: period,
      details: {
        fileName,
        sha256,
        title: input.draft.title,
        final,
        ...(documentNumber ? { documentNumber } : {}),
      },
    });
  let bytes: Buffer;
  let sha256: string;
  if (final) {
    ({ bytes, sha256 } = await issueNumberedPaper(
      db,
      { kind: 'notice', subjectId: period, subjectVersion: '', title: document.title },
      actor,
      context.now,
      (issued) =>
        buildOfficialDocx(withPaperHead(document, paperHead(issuing, 'file', issued, context.now))),
      (issued) => audit(issued.sha256, issued.number),
    ));
  } else {
    bytes = await buildOfficialDocx({
      ...withPaperHead(document, paperHead(issuing, 'file', null, null)),
      headerMark: noticeDraftMark,
    });
    sha256 = createHash('sha256').update(bytes).digest('hex');
    inTransaction(db, () => audit(sha256, null));
  }
  return { fileName, mediaType: docxMediaType, contentBase64: bytes.toString('base64'), sha256 };
}
