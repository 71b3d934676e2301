import type { DatabaseSync } from 'node:sqlite';
import type { Actor } from '../../../shared/domain/actor.ts';
import type { EvaluationFinding } from '../../../shared/domain/evaluation.ts';
import { blocksOf } from '../../../shared/lexical/materialBlocks.ts';
import { readMaterialDocument } from '../../../shared/lexical/materialFormat.ts';
import { qaItemsOf, type QaItemText } from '../../../shared/lexical/qaItems.ts';
import { mayReadEvaluation as mayReadEventEvaluation } from '../../../shared/rules/evaluationAccess.ts';
import { evaluateRelease } from '../../../shared/rules/releaseEvaluation.ts';
import { AppError } from '../appError.ts';
import { listWording } from '../materials/libraryRepository.ts';
import { listMaterials } from '../materials/materialRepository.ts';
import type { RequestRecord } from '../requests/requestRepository.ts';
import { listSpeakers } from '../transcripts/speakerRepository.ts';
import { loadEvent } from '../transcripts/transcriptAccess.ts';
import type { TranscriptRecord } from '../transcripts/transcriptRepository.ts';
import { listTurns } from '../transcripts/turnRepository.ts';

/** An event whose transcript has been reviewed as it stands, loaded for its 发布评估. */
export interface EvaluatedEvent {
  readonly request: RequestRecord;
  readonly transcript: TranscriptRecord & { readonly reviewedAt: string };
  readonly findings: readonly EvaluationFinding[];
}

/** Whether `actor` may read the 发布评估 of `request` (shared/rules/evaluationAccess.ts). */
export function mayReadEvaluation(actor: Actor, request: RequestRecord): boolean {
  return mayReadEventEvaluation(actor, request.fields.unitId);
}

/**
 * Loads the event for `actor` and evaluates its transcript against its materials now. Refused
 * unless the transcript is reviewed as it stands: an unreviewed record is no basis for a review.
 */
export function evaluatedEvent(db: DatabaseSync, requestId: string, actor: Actor): EvaluatedEvent {
  const { request, transcript } = loadEvent(db, requestId, actor);
  if (!mayReadEvaluation(actor, request)) {
    throw new AppError('forbidden', '发布评估仅限新闻办和发布单位查看。');
  }
  if (
    !transcript ||
    transcript.reviewedAt === null ||
    transcript.reviewedRevision !== transcript.revision
  ) {
    throw new AppError(
      'invalid_state',
      '该活动的文字实录尚未审定（或审定后又有修改），暂不能评估。',
    );
  }
  const findings = findingsOfEvent(db, request.id, listWording(db));
  return { request, transcript: { ...transcript, reviewedAt: transcript.reviewedAt }, findings };
}

/**
 * The findings of an event's transcript against its materials, computed now; no access check
 * (the callers check it). `wording` is passed in so the board reads the lists once for a year.
 */
export function findingsOfEvent(
  db: DatabaseSync,
  requestId: string,
  wording: ReturnType<typeof listWording>,
): readonly EvaluationFinding[] {
  const materials = listMaterials(db, requestId).map((material) => ({
    kind: material.kind,
    document: readMaterialDocument(JSON.parse(material.document)),
  }));
  const qaItems: QaItemText[] = materials.flatMap((material) =>
    material.kind === 'qa' ? qaItemsOf(material.document) : [],
  );
  return evaluateRelease({
    materials: materials.map((material) => ({
      kind: material.kind,
      blocks: blocksOf(material.document),
    })),
    qaItems,
    wording,
    speakers: listSpeakers(db, requestId),
    turns: listTurns(db, requestId),
  });
}

export function requireFinding(event: EvaluatedEvent, key: string): EvaluationFinding {
  const finding = event.findings.find((item) => item.key === key);
  if (!finding) {
    throw new AppError('not_found', '找不到该评估发现，实录或材料可能已有变化。请刷新后再试。');
  }
  return finding;
}
