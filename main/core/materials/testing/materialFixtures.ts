import { join } from 'node:path';
import type { MaterialKind } from '../../../../shared/domain/materials.ts';
import {
  headingJson,
  materialDocumentOf,
  paragraphJson,
  qaItemJson,
} from '../../../../shared/lexical/materialJson.ts';
import { createCore, type Core } from '../../createCore.ts';
import { callAs, setUpInstallation, signedInUser } from '../../testing/accounts.ts';
import { completeFields } from '../../testing/requests.ts';
import type { tempFolder } from '../../testing/tempFolder.ts';

/** An installation with a drafter and a reviewer who may sign every checklist item. */
export interface MaterialTestbed {
  readonly core: Core;
  readonly admin: string;
  readonly drafter: string;
  readonly reviewer: string;
  readonly unitId: string;
}

export const testClock = new Date('2026-11-27T10:00:00+08:00');

export async function materialTestbed(
  folder: ReturnType<typeof tempFolder>,
  name = 'data',
): Promise<MaterialTestbed> {
  const core = createCore({ dataDir: join(folder.path, name), mode: 'web', now: () => testClock });
  const admin = await setUpInstallation(core);
  const drafter = await signedInUser(core, admin, ['drafter']);
  const reviewer = await signedInUser(core, admin, [
    'spokesperson',
    'unitHead',
    'clearanceReviewer',
  ]);
  const units = await callAs(core, admin, 'units:list', {});
  return { core, admin, drafter, reviewer, unitId: units[1]?.id ?? '' };
}

/** A complete request (due well ahead of the clock) and its id and revision. */
export async function completeRequest(bed: MaterialTestbed) {
  const draft = await callAs(bed.core, bed.drafter, 'requests:create', {});
  return callAs(bed.core, bed.drafter, 'requests:saveDraft', {
    requestId: draft.id,
    revision: 1,
    fields: completeFields(bed.unitId),
  });
}

export const documentText = (...paragraphs: string[]) =>
  JSON.stringify(
    materialDocumentOf([
      headingJson('h1', '发布辞'),
      ...paragraphs.map((text) => paragraphJson(text)),
    ]),
  );

export const qaText = (answer: string) =>
  JSON.stringify(
    materialDocumentOf([
      headingJson('h1', '答问口径'),
      qaItemJson({ question: '今年教育投入有多少？', answer, owner: '钱发言', source: '县财政局' }),
    ]),
  );

/** Saves new content as the drafter and returns the new revision. */
export async function saveAs(
  bed: MaterialTestbed,
  client: string,
  materialId: string,
  document: string,
): Promise<number> {
  const opened = await callAs(bed.core, client, 'materials:open', { materialId });
  const saved = await callAs(bed.core, client, 'materials:save', {
    materialId,
    revision: opened.revision,
    document,
  });
  return saved.revision;
}

/** Signs every required item of a material as the reviewer. */
export async function clearAll(bed: MaterialTestbed, materialId: string): Promise<void> {
  const checklist = await callAs(bed.core, bed.reviewer, 'materials:checklist', { materialId });
  for (const status of checklist.items) {
    if (!status.applies || !status.item.required || status.current) continue;
    await callAs(bed.core, bed.reviewer, 'materials:sign', {
      materialId,
      itemId: status.item.id,
      contentHash: checklist.contentHash,
      note: '已审核。',
      evidence: [],
    });
  }
}

export async function createMaterial(bed: MaterialTestbed, requestId: string, kind: MaterialKind) {
  return callAs(bed.core, bed.drafter, 'materials:create', { requestId, kind });
}
