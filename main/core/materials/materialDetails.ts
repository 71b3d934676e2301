import type { DatabaseSync } from 'node:sqlite';
import { isExpired } from '../../../shared/domain/materialAnswers.ts';
import {
  materialKinds,
  type LibraryAnswerUse,
  type MaterialDetail,
  type MaterialsOverview,
} from '../../../shared/domain/materials.ts';
import type { Actor } from '../../../shared/domain/actor.ts';
import { qaItemType, type SerializedNodeJson } from '../../../shared/lexical/materialDocument.ts';
import { shanghaiDate } from '../../../shared/rules/workingDays.ts';
import { findUnit } from '../accounts/unitRepository.ts';
import type { RequestRecord } from '../requests/requestRepository.ts';
import { editRefusal } from './materialAccess.ts';
import { materialProblemsOf, materialSummaryOf, materialsDueDate } from './materialGate.ts';
import type { MaterialLocks } from './materialLocks.ts';
import { listMaterialHeaders, type MaterialRecord } from './materialRepository.ts';
import { findAnswers } from './libraryRepository.ts';

function libraryAnswerIds(node: SerializedNodeJson, into: Set<string>): Set<string> {
  const id = node['libraryAnswerId'];
  if (node.type === qaItemType && typeof id === 'string') into.add(id);
  for (const child of node.children ?? []) libraryAnswerIds(child, into);
  return into;
}

/** 口径库 answers the material uses, flagged when expired or no longer active. */
export function libraryUsesOf(db: DatabaseSync, document: string, now: Date): LibraryAnswerUse[] {
  if (!document.includes(qaItemType)) return [];
  const root = (JSON.parse(document) as { editorState: { root: SerializedNodeJson } }).editorState
    .root;
  const ids = [...libraryAnswerIds(root, new Set())];
  const found = new Map(findAnswers(db, ids).map((answer) => [answer.id, answer]));
  const today = shanghaiDate(now);
  return ids.map((answerId) => {
    const answer = found.get(answerId);
    if (!answer) {
      return { answerId, question: '', validUntil: null, status: 'missing', expired: false };
    }
    return {
      answerId,
      question: answer.question,
      validUntil: answer.validUntil,
      status: answer.status,
      expired: isExpired(answer.validUntil, today),
    };
  });
}

export interface DetailContext {
  readonly db: DatabaseSync;
  readonly locks: MaterialLocks;
  readonly actor: Actor;
  readonly clientKey: string;
  readonly now: Date;
}

export function materialDetailOf(
  context: DetailContext,
  material: MaterialRecord,
  request: RequestRecord,
): MaterialDetail {
  const { db, locks, actor, clientKey, now } = context;
  const mayEdit = editRefusal(db, request, actor) === null;
  const holds = mayEdit && locks.acquire(material.id, clientKey, actor, now);
  return {
    ...materialSummaryOf(db, material, request),
    requestId: request.id,
    document: material.document,
    createdByName: material.createdByName,
    editable: holds,
    lock: locks.view(material.id, clientKey, now),
    requestState: request.state,
    libraryUses: libraryUsesOf(db, material.document, now),
  };
}

export function overviewOf(
  db: DatabaseSync,
  request: RequestRecord,
  actor: Actor,
  now: Date,
): MaterialsOverview {
  const headers = listMaterialHeaders(db, request.id);
  const order = (kind: string) => materialKinds.indexOf(kind as (typeof materialKinds)[number]);
  return {
    request: {
      id: request.id,
      title: request.fields.title,
      unitName: findUnit(db, request.fields.unitId)?.name ?? '',
      state: request.state,
      startsAt: request.fields.startsAt,
      materialsDueDate: materialsDueDate(db, request),
      editable: editRefusal(db, request, actor) === null,
    },
    materials: headers
      .sort((a, b) => order(a.kind) - order(b.kind))
      .map((header) => materialSummaryOf(db, header, request)),
    missingKinds: materialKinds.filter((kind) => !headers.some((header) => header.kind === kind)),
    problems: materialProblemsOf(db, request, now),
  };
}
