import { buildRequestDocument } from '../requests/requestExports.ts';
import type { ArchiveSource } from './archiveSources.ts';

/** The 审批表 and 审批函 of every approved event. */
export const requestArchiveSource: ArchiveSource = async (db, request) => {
  const form = await buildRequestDocument(db, request, 'form');
  const letter = await buildRequestDocument(db, request, 'approvalLetter');
  return [
    { fileName: form.fileName, kind: '审批表', bytes: form.bytes },
    { fileName: letter.fileName, kind: '审批函', bytes: letter.bytes },
  ];
};
