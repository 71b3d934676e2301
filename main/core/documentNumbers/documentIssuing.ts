import type { DatabaseSync } from 'node:sqlite';
import { calendarDateInShanghai } from '../../../shared/documents/gbt9704.ts';
import type {
  DocumentIssuer,
  OfficialDocument,
  RecordNote,
} from '../documents/officialDocument.ts';
import { readInstallationValue, readSettings } from '../settings/settingsRepository.ts';

/** The document-issuing settings with the office name standing in for what is not set. */
export interface DocumentIssuing {
  /** '' until an administrator sets it: papers are then issued without a number. */
  readonly agencyCode: string;
  readonly issuerMark: string;
  readonly printedBy: string;
}

export function readDocumentIssuing(db: DatabaseSync): DocumentIssuing {
  const officeName = readInstallationValue(db, 'officeName') ?? '县政府新闻办公室';
  const { agencyCode, issuerMark, printedBy } = readSettings(db).documentIssuing;
  return {
    agencyCode,
    issuerMark: issuerMark || officeName,
    printedBy: printedBy || officeName,
  };
}

/** 版头 (发文机关标志, 发文字号) and 版记 (印发机关, 印发日期) of an issued paper or its draft. */
export interface PaperHead {
  readonly issuer: DocumentIssuer;
  readonly recordNote: RecordNote;
}

/** The number a paper carries and the day it was issued (印发日期). */
export interface IssuedNumber {
  readonly number: string;
  readonly issuedAt: string;
}

/** 文件格式's mark is the authority's name with 文件 (GB/T 9704 7.2.3); 信函格式's is the name alone. */
const markFor = (name: string, format: 'file' | 'letter'): string =>
  format === 'file' && !name.endsWith('文件') ? `${name}文件` : name;

/** A draft, or a paper issued before a 机关代字 was set, gets the head without a number. */
export function paperHead(
  issuing: DocumentIssuing,
  format: 'file' | 'letter',
  issued: IssuedNumber | null,
  printedAt: Date | null,
): PaperHead {
  const printedOn = issued ? new Date(issued.issuedAt) : printedAt;
  return {
    issuer: {
      format,
      mark: markFor(issuing.issuerMark, format),
      ...(issued ? { documentNumber: issued.number } : {}),
    },
    recordNote: {
      printedBy: issuing.printedBy,
      ...(printedOn ? { printedOn: calendarDateInShanghai(printedOn) } : {}),
    },
  };
}

/** The document with its 版头 and 版记; what the document's own 版记 says (抄送) is kept. */
export function withPaperHead(document: OfficialDocument, head: PaperHead): OfficialDocument {
  return {
    ...document,
    issuer: head.issuer,
    recordNote: { ...document.recordNote, ...head.recordNote },
  };
}
