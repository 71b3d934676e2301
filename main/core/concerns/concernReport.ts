import { createHash } from 'node:crypto';
import { docxMediaType, type ExportedFile } from '../../../shared/contract/exportedFile.ts';
import { shanghaiDate } from '../../../shared/rules/workingDays.ts';
import { requireActor } from '../accounts/accountService.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import type { CallContext } from '../callContext.ts';
import { inTransaction } from '../db/transaction.ts';
import { buildOfficialDocx } from '../documents/buildOfficialDocx.ts';
import type { RequestDeps } from '../requests/requestDeps.ts';
import { readInstallationValue } from '../settings/settingsRepository.ts';
import { concernReportDocument } from './concernReportDocument.ts';
import { getConcern } from './concernService.ts';

/** The 舆情专报 as a Word file; audited with the file's hash. */
export async function exportConcernReport(
  deps: RequestDeps,
  concernId: string,
  context: CallContext,
): Promise<ExportedFile> {
  const actor = requireActor(context);
  const { db } = deps;
  const concern = getConcern(deps, concernId, context);
  const organisation = readInstallationValue(db, 'officeName') ?? '县政府新闻办公室';
  const bytes = await buildOfficialDocx(concernReportDocument(concern, organisation, context.now));
  const fileName = `${shanghaiDate(new Date(concern.firstSeenAt)).replaceAll('-', '')}-舆情专报.docx`;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  inTransaction(db, () =>
    appendAudit(db, actor, context.now, {
      action: 'concern.exportReport',
      subjectKind: 'concern',
      subjectId: concern.id,
      details: { fileName, sha256 },
    }),
  );
  return { fileName, mediaType: docxMediaType, contentBase64: bytes.toString('base64'), sha256 };
}
