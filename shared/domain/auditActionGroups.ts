import type { DateLanguage } from '../text/chineseDates.ts';
import { auditActionLabel, auditActions } from './auditLabels.ts';

type Label = readonly [zh: string, en: string];

/** The groups of the 审计日志's action filter, in the order they are offered. */
const groups = {
  accounts: ['账号与登录', 'Accounts and sign-in'],
  requests: ['报批', 'Requests'],
  materials: ['材料与审查', 'Materials and clearance'],
  scheduling: ['排期与发布要求', 'Scheduling and rules'],
  transcripts: ['现场实录与评估', 'Transcripts and reviews'],
  concerns: ['舆情', 'Public concerns'],
  exchange: ['数据交换', 'Exchange'],
  system: ['系统设置、审计与归档', 'Settings, audit and archive'],
} as const satisfies Record<string, Label>;

type Group = keyof typeof groups;

/** Which group an action code's first word puts it in; a code without a dot is a decision. */
const groupOfPrefix: Readonly<Record<string, Group>> = {
  setup: 'accounts',
  session: 'accounts',
  user: 'accounts',
  request: 'requests',
  material: 'materials',
  release: 'materials',
  materialTemplate: 'materials',
  checklist: 'materials',
  wording: 'materials',
  answer: 'materials',
  plan: 'scheduling',
  register: 'scheduling',
  compliance: 'scheduling',
  schedule: 'scheduling',
  documentNumber: 'scheduling',
  transcript: 'transcripts',
  evaluation: 'transcripts',
  concern: 'concerns',
  exchange: 'exchange',
  test: 'exchange',
};

const groupOf = (action: string): Group =>
  action.includes('.') ? (groupOfPrefix[action.split('.')[0] ?? ''] ?? 'system') : 'requests';

export interface AuditActionGroup {
  readonly label: string;
  readonly actions: readonly { readonly action: string; readonly label: string }[];
}

/**
 * The action filter's options, grouped, one per name: where two codes share a name (提交审批 is
 * both `request.submit` and the older `submit`) the first stands for both (see auditCodesNamedAs).
 */
export function auditActionGroups(language: DateLanguage = 'zh'): readonly AuditActionGroup[] {
  const seen = new Set<string>();
  const byGroup = new Map<Group, { action: string; label: string }[]>();
  for (const option of auditActions(language)) {
    if (seen.has(option.label)) continue;
    seen.add(option.label);
    const group = groupOf(option.action);
    byGroup.set(group, [...(byGroup.get(group) ?? []), option]);
  }
  return (Object.keys(groups) as Group[])
    .filter((group) => byGroup.has(group))
    .map((group) => ({
      label: language === 'en' ? groups[group][1] : groups[group][0],
      actions: byGroup.get(group) ?? [],
    }));
}

/** Every action code with the same Chinese name as `action` (itself included). */
export function auditCodesNamedAs(action: string): readonly string[] {
  const name = auditActionLabel(action);
  const named = auditActions('zh')
    .filter((option) => option.label === name)
    .map((option) => option.action);
  return named.includes(action) ? named : [action, ...named];
}
