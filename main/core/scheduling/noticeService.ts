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
import type { CallContext } from '../callContext.ts';
import { readInstallationValue, readSettings } from '../settings/settingsRepository.ts';
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
  });
}

/** The edited 通报 as a Word file; the export is audited with the period and the file's hash. */
export async function exportNotice(
  db: DatabaseSync,
  input: ParsedInput<'compliance:exportNotice'>,
  context: CallContext,
): Promise<ExportedFile> {
  const actor = requireActor(context);
  const bytes = await buildOfficialDocx(noticeDocument(input.draft));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const fileName = `${periodLabel(input.year, input.quarter)}新闻发布工作情况通报.docx`;
  inTransaction(db, () =>
    appendAudit(db, actor, context.now, {
      action: 'compliance.exportNotice',
      subjectKind: 'compliance',
      subjectId: `${input.year}${input.quarter === null ? '' : `-Q${input.quarter}`}`,
      details: { fileName, sha256, title: input.draft.title },
    }),
  );
  return { fileName, mediaType: docxMediaType, contentBase64: bytes.toString('base64'), sha256 };
}
