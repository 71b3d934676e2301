import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { ParsedInput } from '../../../shared/contract/channels.ts';
import { docxMediaType, type ExportedFile } from '../../../shared/contract/exportedFile.ts';
import { shanghaiDate } from '../../../shared/rules/workingDays.ts';
import { requireActor } from '../accounts/accountService.ts';
import { findUnit } from '../accounts/unitRepository.ts';
import { AppError } from '../appError.ts';
import { appendAudit } from '../audit/auditRepository.ts';
import { inTransaction } from '../db/transaction.ts';
import { buildOfficialDocx } from '../documents/buildOfficialDocx.ts';
import type { CallContext } from '../callContext.ts';
import { readInstallationValue } from '../settings/settingsRepository.ts';
import { approvalLetterDocument } from './approvalLetterDocument.ts';
import { checkVisible } from './requestAccess.ts';
import { currentContentHash } from './requestContentHash.ts';
import { loadRequest } from './requestDetail.ts';
import type { RequestDeps } from './requestDeps.ts';
import { requestFormDocument } from './requestFormDocument.ts';
import { listDecisions, type RequestRecord } from './requestRepository.ts';

const documentNames = { form: '新闻发布会审批表', approvalLetter: '审批函' } as const;

/** File names sort by event date, then unit: 20261210-县教育体育局-审批函.docx */
const fileNameOf = (
  startsAt: string | null,
  unitName: string,
  document: keyof typeof documentNames,
): string =>
  `${startsAt ? shanghaiDate(new Date(startsAt)).replaceAll('-', '') : '未定日期'}-${unitName}-${documentNames[document]}.docx`;

export type RequestDocumentKind = keyof typeof documentNames;

export interface BuiltRequestDocument {
  readonly fileName: string;
  readonly bytes: Buffer;
  readonly sha256: string;
  readonly contentHash: string;
}

/**
 * The request form (审批表) at any stage, or the approval letter (审批函) only while the request is
 * approved and still hashes to what was approved.
 */
export async function buildRequestDocument(
  db: DatabaseSync,
  request: RequestRecord,
  kind: RequestDocumentKind,
): Promise<BuiltRequestDocument> {
  const unitName = findUnit(db, request.fields.unitId)?.name ?? '';
  const contentHash = currentContentHash(db, request);
  const source = {
    fields: request.fields,
    unitName,
    decisions: listDecisions(db, request.id),
    contentHash,
  };
  let document;
  if (kind === 'approvalLetter') {
    if (
      request.state !== 'approved' ||
      !request.approvedAt ||
      request.approvedHash !== contentHash
    ) {
      throw new AppError('not_approved', '该报批尚未获批准，或批准后内容已变更，不能出具审批函。');
    }
    document = approvalLetterDocument({
      ...source,
      approvedAt: request.approvedAt,
      officeName: readInstallationValue(db, 'officeName') ?? '县政府新闻办公室',
    });
  } else {
    document = requestFormDocument(source);
  }
  const bytes = await buildOfficialDocx(document);
  return {
    fileName: fileNameOf(request.fields.startsAt, unitName, kind),
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    contentHash,
  };
}

/** Exports a request paper for the user; every export is audited with the file's hash. */
export async function exportRequestDocument(
  deps: RequestDeps,
  input: ParsedInput<'requests:exportDocument'>,
  context: CallContext,
): Promise<ExportedFile> {
  const actor = requireActor(context);
  const { db } = deps;
  const request = loadRequest(db, input.requestId);
  checkVisible(actor, request);
  const built = await buildRequestDocument(db, request, input.document);
  inTransaction(db, () =>
    appendAudit(db, actor, context.now, {
      action: 'request.exportDocument',
      subjectKind: 'request',
      subjectId: request.id,
      details: {
        document: input.document,
        fileName: built.fileName,
        sha256: built.sha256,
        contentHash: built.contentHash,
      },
    }),
  );
  return {
    fileName: built.fileName,
    mediaType: docxMediaType,
    contentBase64: built.bytes.toString('base64'),
    sha256: built.sha256,
  };
}
