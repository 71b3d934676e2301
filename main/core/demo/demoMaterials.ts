import type { ChannelName } from '../../../shared/contract/channels.ts';
import type { MaterialChecklist } from '../../../shared/domain/materialClearance.ts';
import type {
  MaterialDetail,
  MaterialKind,
  MaterialsOverview,
} from '../../../shared/domain/materials.ts';
import {
  headingJson,
  materialDocumentOf,
  paragraphJson,
  qaItemJson,
} from '../../../shared/lexical/materialJson.ts';
import type { SerializedNodeJson } from '../../../shared/lexical/materialDocument.ts';
import { demoUsers } from './demoCounty.ts';

type Call = (username: string, channel: ChannelName, input: unknown) => Promise<unknown>;

/** The subject of a demo event: its title without the year and the closing 新闻发布会. */
const subjectOf = (title: string) => title.replace(/^\d{4}年/, '').replace(/新闻发布会$/, '');

function demoContent(kind: MaterialKind, title: string, unit: string): SerializedNodeJson[] {
  const subject = subjectOf(title);
  if (kind === 'opening') {
    return [
      headingJson('h1', `${subject}新闻发布会发布辞`),
      paragraphJson('各位记者朋友：'),
      paragraphJson(
        `大家上午好！欢迎出席今天的新闻发布会。今天，我们邀请${unit}主要负责同志，向大家介绍${subject}有关情况，并回答大家关心的问题。`,
      ),
      headingJson('h2', '总体情况'),
      paragraphJson(
        `今年以来，${unit}认真落实县委、县政府决策部署，${subject}各项工作有序推进，阶段性目标按期完成。`,
      ),
      headingJson('h2', '下一步工作'),
      paragraphJson('我们将继续听取群众意见，及时回应社会关切，确保各项措施落地见效。'),
    ];
  }
  if (kind === 'qa') {
    return [
      headingJson('h1', `${subject}答问口径`),
      qaItemJson({
        question: `${subject}目前进展如何？`,
        answer: '各项工作按计划推进，阶段性目标已按期完成，具体数据以统计部门发布为准。',
        maySay: '工作总体进展、已完成的主要事项。',
        mayNotSay: '未经核实的数字和尚在研究的政策。',
        owner: '钱发言',
        source: unit,
      }),
      qaItemJson({
        question: '群众反映的问题如何解决？',
        answer: '已建立问题台账，逐项明确责任单位和完成时限，办理结果向社会公开。',
        owner: '钱发言',
        source: unit,
      }),
    ];
  }
  return [
    headingJson('h1', `${unit}召开${subject}新闻发布会`),
    paragraphJson(`本次发布会上，${unit}主要负责同志介绍了${subject}有关情况，并回答了记者提问。`),
    paragraphJson('发布会指出，下一步将持续抓好各项措施落实，及时回应社会关切。'),
  ];
}

/** The units' people who may sign checklist items: everyone of the unit but its drafters. */
const signersOf = (unit: string) =>
  demoUsers.filter((user) => user.unit === unit && !user.roles.includes('drafter'));

/**
 * Drafts an event's 发布辞, 答问口径 and 新闻通稿 as the unit's drafter and has the unit's
 * reviewers sign every required checklist item, so the request may be submitted.
 * Materials the event already has are left as they are.
 */
export async function prepareDemoMaterials(
  call: Call,
  drafter: string,
  unit: string,
  requestId: string,
  title: string,
): Promise<void> {
  const overview = (await call(drafter, 'materials:overview', { requestId })) as MaterialsOverview;
  const existing = new Set(overview.materials.map((material) => material.kind));
  for (const kind of ['opening', 'qa', 'pressRelease'] as const) {
    if (existing.has(kind)) continue;
    const created = (await call(drafter, 'materials:create', {
      requestId,
      kind,
    })) as MaterialDetail;
    const document = JSON.stringify(materialDocumentOf(demoContent(kind, title, unit)));
    await call(drafter, 'materials:save', {
      materialId: created.id,
      revision: created.revision,
      document,
    });
    await call(drafter, 'materials:close', { materialId: created.id });
    await clearDemoMaterial(call, unit, created.id);
  }
}

/** Every required checklist item of a material signed by the unit's people who may sign it. */
export async function clearDemoMaterial(
  call: Call,
  unit: string,
  materialId: string,
): Promise<void> {
  for (const signer of signersOf(unit)) {
    const checklist = (await call(signer.username, 'materials:checklist', {
      materialId,
    })) as MaterialChecklist;
    for (const status of checklist.items) {
      if (!status.applies || !status.item.required || status.current || status.refusal) continue;
      await call(signer.username, 'materials:sign', {
        materialId,
        itemId: status.item.id,
        contentHash: checklist.contentHash,
        note: '已审核，同意。',
        evidence: [],
      });
    }
  }
}
