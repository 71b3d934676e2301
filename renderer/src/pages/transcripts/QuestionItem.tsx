import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  followUpStates,
  questionStates,
  type TranscriptQuestion,
  type TranscriptSpeaker,
} from '../../../../shared/domain/transcripts.ts';
import type { TranscriptAction } from '../../../../shared/rules/transcriptRules.ts';
import { speakerLabel } from '../../../../shared/rules/transcriptFormat.ts';
import type { ChannelInput } from '../../../../shared/contract/channels.ts';
import { invoke } from '../../api.ts';
import { ErrorMessage } from '../../components/Field.tsx';
import { AnswerSuggestions } from './AnswerSuggestions.tsx';

interface QuestionItemProps {
  readonly requestId: string;
  readonly question: TranscriptQuestion;
  readonly speakers: readonly TranscriptSpeaker[];
  readonly actions: readonly TranscriptAction[];
  readonly onChanged: (questions: readonly TranscriptQuestion[]) => void;
}

type Change = Omit<ChannelInput<'transcripts:updateQuestion'>, 'requestId' | 'questionId'>;

export function QuestionItem({
  requestId,
  question,
  speakers,
  actions,
  onChanged,
}: QuestionItemProps) {
  const { t } = useTranslation();
  const [note, setNote] = useState(question.followUpNote);
  const [suggesting, setSuggesting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const editable = actions.includes('editTurns');
  const tracking = actions.includes('trackFollowUps');
  const nameOf = (id: string | null) => {
    const speaker = speakers.find((item) => item.id === id);
    return speaker ? speakerLabel(speaker) : t('transcripts.questions.unassigned');
  };

  async function change(fields: Change) {
    const result = await invoke('transcripts:updateQuestion', {
      requestId,
      questionId: question.id,
      ...fields,
    });
    if (result.ok) onChanged(result.value);
    setError(result.ok ? null : result.error.message);
  }

  return (
    <li className={`question question--${question.state}`}>
      <p className="question__who">
        <strong>{nameOf(question.reporterId)}</strong>
      </p>
      <p className="question__text">{question.text}</p>
      <div className="question__fields">
        <label>
          {t('transcripts.questions.answerer')}
          <select
            value={question.answererId ?? ''}
            disabled={!editable}
            onChange={(event) => void change({ answererId: event.target.value || null })}
          >
            <option value="">{t('transcripts.questions.unassigned')}</option>
            {speakers
              .filter((speaker) => speaker.role !== 'reporter')
              .map((speaker) => (
                <option key={speaker.id} value={speaker.id}>
                  {speakerLabel(speaker)}
                </option>
              ))}
          </select>
        </label>
        <label>
          {t('transcripts.questions.state')}
          <select
            value={question.state}
            disabled={!editable}
            onChange={(event) =>
              void change({ state: event.target.value as TranscriptQuestion['state'] })
            }
          >
            {questionStates.map((state) => (
              <option key={state} value={state}>
                {t(`transcripts.questions.states.${state}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('transcripts.questions.followUp')}
          <select
            value={question.followUp}
            disabled={!tracking}
            onChange={(event) =>
              void change({ followUp: event.target.value as TranscriptQuestion['followUp'] })
            }
          >
            {followUpStates.map((state) => (
              <option key={state} value={state}>
                {t(`transcripts.questions.followUps.${state}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {question.followUp !== 'none' && (
        <div className="question__note">
          <label>
            {t('transcripts.questions.followUpNote')}
            <input
              value={note}
              maxLength={2000}
              readOnly={!tracking}
              onChange={(event) => setNote(event.target.value)}
            />
          </label>
          {tracking && note !== question.followUpNote && (
            <button
              type="button"
              className="button button--small"
              onClick={() => void change({ followUpNote: note })}
            >
              {t('transcripts.questions.saveNote')}
            </button>
          )}
        </div>
      )}
      <button
        type="button"
        className="button button--small button--quiet"
        onClick={() => setSuggesting((value) => !value)}
      >
        {t('transcripts.questions.showSuggestions')}
      </button>
      {suggesting && <AnswerSuggestions requestId={requestId} question={question.text} />}
      <ErrorMessage message={error} />
    </li>
  );
}
