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
import type { OfficialDocument } from '../documents/officialDocument.ts';
import {
  paperHead,
  withPaperHead,
  readDocumentIssuing,
  type IssuedNumber,
} from '../documentNumbers/documentIssuing.ts';
import {
  findIssuedNumber,
  type PaperSubject,
} from '../documentNumbers/documentNumberRepository.ts';
import { issueNumberedPaper } from '../documentNumbers/issueNumberedPaper.ts';
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

interface RequestPaper {
  readonly document: OfficialDocument;
  readonly fileName: string;
  readonly contentHash: string;
}

/** The 审批函 is numbered per approval: a new approval (after a change) is a new letter. */
const letterSubject = (request: RequestRecord): PaperSubject => ({
  kind: 'approvalLetter',
  subjectId: request.id,
  subjectVersion: request.approvedHash ?? '',
});

/**
 * The request form (审批表) at any stage, or the approval letter (审批函) only while the request is
 * approved and still hashes to what was approved.
 */
function requestPaper(
  db: DatabaseSync,
  request: RequestRecord,
  kind: RequestDocumentKind,
): RequestPaper {
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
  return { document, fileName: fileNameOf(request.fields.startsAt, unitName, kind), contentHash };
}

/** The 审批函 with its 版头: the 发文字号 it was issued under, if any, and the 版记. */
const withLetterHead = (
  db: DatabaseSync,
  document: OfficialDocument,
  issued: IssuedNumber | null,
): OfficialDocument =>
  withPaperHead(document, paperHead(readDocumentIssuing(db), 'letter', issued, null));

/**
 * A request paper as a Word file, without taking a number: the 审批函 carries the number it was
 * issued under (the period archive copies it so), or none if it was never issued.
 */
export async function buildRequestDocument(
  db: DatabaseSync,
  request: RequestRecord,
  kind: RequestDocumentKind,
): Promise<BuiltRequestDocument> {
  const paper = requestPaper(db, request, kind);
  const bytes = await buildOfficialDocx(
    kind === 'approvalLetter'
      ? withLetterHead(db, paper.document, findIssuedNumber(db, letterSubject(request)))
      : paper.document,
  );
  return {
    fileName: paper.fileName,
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    contentHash: paper.contentHash,
  };
}

/**
 * Exports a request paper for the user; every export is audited with the file's hash. Exporting
 * the 审批函 issues it: it takes the next 发文字号, or keeps the one this approval's letter holds.
 */
export async function exportRequestDocument(
  deps: RequestDeps,
  input: ParsedInput<'requests:exportDocument'>,
  context: CallContext,
): Promise<ExportedFile> {
  const actor = requireActor(context);
  const { db } = deps;
  const request = loadRequest(db, input.requestId);
  checkVisible(actor, request);
  const paper = requestPaper(db, request, input.document);
  const audit = (sha256: string, documentNumber: string | null) =>
    appendAudit(db, actor, context.now, {
      action: 'request.exportDocument',
      subjectKind: 'request',
      subjectId: request.id,
      details: {
        document: input.document,
        fileName: paper.fileName,
        sha256,
        contentHash: paper.contentHash,
        ...(documentNumber ? { documentNumber } : {}),
      },
    });
  let bytes: Buffer;
  let sha256: string;
  if (input.document === 'approvalLetter') {
    ({ bytes, sha256 } = await issueNumberedPaper(
      db,
      { ...letterSubject(request), title: paper.document.title },
      actor,
      context.now,
      (issued) => buildOfficialDocx(withLetterHead(db, paper.document, issued)),
      (issued) => audit(issued.sha256, issued.number),
    ));
  } else {
    bytes = await buildOfficialDocx(paper.document);
    sha256 = createHash('sha256').update(bytes).digest('hex');
    inTransaction(db, () => audit(sha256, null));
  }
  return {
    fileName: paper.fileName,
    mediaType: docxMediaType,
    contentBase64: bytes.toString('base64'),
    sha256,
  };
}
