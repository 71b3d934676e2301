import { randomUUID } from 'node:crypto';
import type { MaterialKind } from '../../../../shared/domain/materials.ts';
import type { TranscriptView } from '../../../../shared/domain/transcriptViews.ts';
import type { MaterialDocument } from '../../../../shared/lexical/materialDocument.ts';
import {
  fixtureScript,
  fixtureSpeakers,
} from '../../../../shared/rules/testing/evaluationFixture.ts';
import type { Core } from '../../createCore.ts';
import { prepareDocument } from '../../materials/materialContent.ts';
import { insertMaterial } from '../../materials/materialRepository.ts';
import { callAs } from '../../testing/accounts.ts';
import type { TestClock } from '../../transcripts/testing/approvedEvent.ts';

/** An approved material as the event's drafter saved it before approval (straight into the table). */
export function storeFixtureMaterial(
  core: Core,
  requestId: string,
  kind: MaterialKind,
  document: MaterialDocument,
  at: Date,
): void {
  const prepared = prepareDocument(document);
  insertMaterial(core.db, {
    id: randomUUID(),
    requestId,
    kind,
    document: prepared.canonical,
    contentHash: prepared.contentHash,
    charCount: prepared.charCount,
    revision: 1,
    createdBy: 'fixture',
    createdByName: '经办人',
    createdAt: at.toISOString(),
    updatedByName: '经办人',
    updatedAt: at.toISOString(),
  });
}

/**
 * The evaluation fixture's transcript taken by `noteTaker`: a reporter added, the script's turns
 * 47 seconds apart, then ended (not reviewed). Returns the ended view.
 */
export async function takeFixtureTranscript(
  core: Core,
  noteTaker: string,
  requestId: string,
  clock: TestClock,
): Promise<TranscriptView> {
  await callAs(core, noteTaker, 'transcripts:start', { requestId });
  const view = await callAs(core, noteTaker, 'transcripts:addSpeaker', {
    requestId,
    role: 'reporter',
    name: '周记者',
    title: '',
    outlet: '县融媒体中心',
  });
  const speakerIds = fixtureSpeakers.map(
    (wanted) => view.speakers.find((speaker) => speaker.role === wanted.role)?.id ?? '',
  );
  for (const [speaker, text] of fixtureScript) {
    clock.advance(47_000);
    await callAs(core, noteTaker, 'transcripts:commitTurn', {
      requestId,
      turnId: randomUUID(),
      speakerId: speakerIds[speaker] ?? '',
      text,
      startedAt: null,
    });
  }
  return callAs(core, noteTaker, 'transcripts:end', { requestId });
}
