import type { transcriptChannels } from '../../../shared/contract/transcriptChannels.ts';
import type { Handlers } from '../rpc/handlers.ts';
import { suggestAnswers } from '../transcripts/answerSuggestions.ts';
import { beginUpload, finishUpload, uploadChunk } from '../transcripts/deliverableUploads.ts';
import type { TranscriptDeps } from '../transcripts/transcriptAccess.ts';
import { loadEvent } from '../transcripts/transcriptAccess.ts';
import {
  appendAudio,
  beginRecording,
  finishRecording,
  readAudio,
} from '../transcripts/transcriptAudio.ts';
import {
  addSpeaker,
  editSpeaker,
  endTranscript,
  getTranscript,
  resumeTranscript,
  startTranscript,
} from '../transcripts/transcriptCapture.ts';
import {
  addDeliverable,
  attachRecording,
  changeDeliverable,
  closeEvent,
  removeDeliverable,
  removeFile,
} from '../transcripts/transcriptDeliverables.ts';
import { listTranscripts, pageTranscripts } from '../transcripts/transcriptList.ts';
import { addQuestion, changeQuestion } from '../transcripts/transcriptQuestions.ts';
import { exportTranscript, reviewTranscript } from '../transcripts/transcriptReview.ts';
import { searchTranscripts } from '../transcripts/transcriptSearch.ts';
import {
  commitTurn,
  editTurn,
  saveTurnDraft,
  turnHistory,
} from '../transcripts/transcriptTurns.ts';
import { requireActor } from '../accounts/accountService.ts';

type TranscriptHandlers = Pick<Handlers, keyof typeof transcriptChannels>;

export function transcriptHandlers(deps: TranscriptDeps): TranscriptHandlers {
  return {
    'transcripts:list': (input, context) => listTranscripts(deps, input, context),
    'transcripts:page': (input, context) => pageTranscripts(deps, input, context),
    'transcripts:get': (input, context) => getTranscript(deps, input.requestId, context),
    'transcripts:start': (input, context) => startTranscript(deps, input.requestId, context),
    'transcripts:end': (input, context) => endTranscript(deps, input.requestId, context),
    'transcripts:resume': (input, context) => resumeTranscript(deps, input.requestId, context),
    'transcripts:addSpeaker': (input, context) => addSpeaker(deps, input, context),
    'transcripts:updateSpeaker': (input, context) => editSpeaker(deps, input, context),
    'transcripts:commitTurn': (input, context) => commitTurn(deps, input, context),
    'transcripts:editTurn': (input, context) => editTurn(deps, input, context),
    'transcripts:turnHistory': (input, context) => turnHistory(deps, input, context),
    'transcripts:saveDraft': (input, context) => saveTurnDraft(deps, input, context),
    'transcripts:beginRecording': (input, context) => beginRecording(deps, input, context),
    'transcripts:appendAudio': (input, context) => appendAudio(deps, input, context),
    'transcripts:finishRecording': (input, context) => finishRecording(deps, input, context),
    'transcripts:readAudio': (input, context) => readAudio(deps, input, context),
    'transcripts:addQuestion': (input, context) => addQuestion(deps, input, context),
    'transcripts:updateQuestion': (input, context) => changeQuestion(deps, input, context),
    'transcripts:suggestAnswers': (input, context) => {
      loadEvent(deps.db, input.requestId, requireActor(context));
      return suggestAnswers(deps.db, input.text);
    },
    'transcripts:addDeliverable': (input, context) => addDeliverable(deps, input, context),
    'transcripts:updateDeliverable': (input, context) => changeDeliverable(deps, input, context),
    'transcripts:removeDeliverable': (input, context) => removeDeliverable(deps, input, context),
    'transcripts:beginUpload': (input, context) => beginUpload(deps, input, context),
    'transcripts:uploadChunk': (input, context) => uploadChunk(deps, input, context),
    'transcripts:finishUpload': (input, context) => finishUpload(deps, input, context),
    'transcripts:attachRecording': (input, context) => attachRecording(deps, input, context),
    'transcripts:removeDeliverableFile': (input, context) => removeFile(deps, input, context),
    'transcripts:review': (input, context) => reviewTranscript(deps, input, context),
    'transcripts:closeEvent': (input, context) => closeEvent(deps, input.requestId, context),
    'transcripts:exportDocument': (input, context) =>
      exportTranscript(deps, input.requestId, context),
    'transcripts:search': (input, context) => searchTranscripts(deps, input, context),
  };
}
