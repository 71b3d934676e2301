import type { ChannelName } from '../../../../shared/contract/channels.ts';

/**
 * The calls after which an event's stages, badges, actions or files may read differently: the
 * workspace refreshes after any of them succeeds in this window. (Typing a transcript turn is not
 * one: the first turn comes with 开始实录, and a refresh per line would only add load live.)
 */
export const eventChangingChannels: ReadonlySet<ChannelName> = new Set<ChannelName>([
  'requests:saveDraft',
  'requests:submit',
  'requests:withdraw',
  'requests:reopen',
  'requests:decide',
  'requests:cancel',
  'requests:postpone',
  'requests:reschedule',
  'requests:fastTrack',
  'requests:ratify',
  'requests:addAttachment',
  'requests:removeAttachment',
  'requests:exportDocument',
  'requests:exportPackage',
  'materials:create',
  'materials:save',
  'materials:saveChanges',
  'materials:sign',
  'materials:createVersion',
  'materials:restore',
  'materials:exportDocument',
  'checklist:save',
  'transcripts:start',
  'transcripts:end',
  'transcripts:resume',
  'transcripts:review',
  'transcripts:closeEvent',
  'transcripts:exportDocument',
  'transcripts:addDeliverable',
  'transcripts:updateDeliverable',
  'transcripts:removeDeliverable',
  'transcripts:attachRecording',
  'transcripts:removeDeliverableFile',
  'exchange:importPackage',
]);
