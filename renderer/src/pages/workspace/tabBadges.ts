import type { TFunction } from 'i18next';
import type { EventWorkspace } from '../../../../shared/contract/workspaceChannels.ts';
import type { StageId } from '../../../../shared/rules/eventStages.ts';
import type { TabBadge } from '../../components/Tabs.tsx';

/** What each tab of the event page carries beside its name, from the latest workspace reading. */
export function tabBadges(
  t: TFunction,
  overview: EventWorkspace,
): Partial<Record<string, TabBadge>> {
  const blocked = (id: StageId): TabBadge | undefined =>
    overview.stages.find((stage) => stage.id === id)?.status === 'blocked'
      ? { text: t('workspace.badges.blocked'), tone: 'bad' }
      : undefined;
  const materials = overview.materials;
  const files = overview.exports.length;
  return {
    request: blocked('request'),
    materials:
      materials && materials.count > 0
        ? materials.pendingSignOffs > 0
          ? {
              text: t('workspace.badges.materialsPending', {
                count: materials.count,
                pending: materials.pendingSignOffs,
              }),
              tone: 'pending',
            }
          : { text: t('workspace.badges.materials', { count: materials.count }), tone: 'good' }
        : undefined,
    schedule: blocked('schedule'),
    transcript: blocked('transcript'),
    files:
      files > 0
        ? { text: t('workspace.badges.files', { count: files }), tone: 'neutral' }
        : undefined,
  };
}
