import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranscriptView } from '../../../../shared/domain/transcriptViews.ts';
import { invoke } from '../../api.ts';
import { ErrorMessage, SelectField } from '../../components/Field.tsx';
import { TextArea } from '../../components/TextArea.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { QuestionItem } from './QuestionItem.tsx';
import { AddSpeakerForm } from './AddSpeakerForm.tsx';
import { AnswerSuggestions } from './AnswerSuggestions.tsx';
import { speakerLabel } from '../../../../shared/rules/transcriptFormat.ts';

interface QuestionQueueProps {
  readonly view: TranscriptView;
  readonly onChanged: (change: Partial<TranscriptView>) => void;
}

/** Reporters' questions in the order asked, each with who answers it; follow-ups after the event. */
export function QuestionQueue({ view, onChanged }: QuestionQueueProps) {
  const { t } = useTranslation();
  const requestId = view.event.requestId;
  const reporters = view.speakers.filter((speaker) => speaker.role === 'reporter');
  const answerers = view.speakers.filter((speaker) => speaker.role !== 'reporter');
  const [reporterId, setReporterId] = useState('');
  const [answererId, setAnswererId] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const canAdd = view.actions.includes('editTurns');
  const openFollowUps = view.questions.filter((question) => question.followUp === 'open').length;

  async function add(event: FormEvent) {
    event.preventDefault();
    const result = await invoke('transcripts:addQuestion', {
      requestId,
      questionId: crypto.randomUUID(),
      reporterId: reporterId || (reporters[0]?.id ?? ''),
      text,
      answererId: answererId || null,
    });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setText('');
    onChanged({ questions: result.value });
  }

  return (
    <section className="questions" aria-labelledby="questions-title">
      <h2 id="questions-title">{t('transcripts.questions.title')}</h2>
      {openFollowUps > 0 && (
        <p className="warning">
          {t('transcripts.questions.openFollowUps', { count: openFollowUps })}
        </p>
      )}
      {view.questions.length === 0 && (
        <EmptyState
          purpose={t('transcripts.questions.emptyPurpose')}
          hint={t(
            canAdd
              ? 'transcripts.questions.emptyHintCapture'
              : 'transcripts.questions.emptyHintView',
          )}
        />
      )}
      <ol className="questions__list">
        {view.questions.map((question) => (
          <QuestionItem
            key={question.id}
            requestId={requestId}
            question={question}
            speakers={view.speakers}
            actions={view.actions}
            onChanged={(questions) => onChanged({ questions })}
          />
        ))}
      </ol>
      {canAdd && reporters.length === 0 && (
        <p className="muted">{t('transcripts.questions.noReporters')}</p>
      )}
      {canAdd && (
        <AddSpeakerForm
          requestId={requestId}
          outlets={view.event.invitedOutlets}
          onAdded={(speakers) => {
            onChanged({ speakers });
            const added = speakers.at(-1);
            if (added?.role === 'reporter') setReporterId(added.id);
          }}
        />
      )}
      {canAdd && reporters.length > 0 && (
        <form className="questions__form" onSubmit={(event) => void add(event)}>
          <SelectField
            label={t('transcripts.questions.reporter')}
            value={reporterId || (reporters[0]?.id ?? '')}
            onChange={(event) => setReporterId(event.target.value)}
          >
            {reporters.map((speaker) => (
              <option key={speaker.id} value={speaker.id}>
                {speakerLabel(speaker)}
              </option>
            ))}
          </SelectField>
          <TextArea
            label={t('transcripts.questions.text')}
            value={text}
            maxLength={2000}
            rows={2}
            onChange={setText}
          />
          <SelectField
            label={t('transcripts.questions.answerer')}
            value={answererId}
            onChange={(event) => setAnswererId(event.target.value)}
          >
            <option value="">{t('transcripts.questions.unassigned')}</option>
            {answerers.map((speaker) => (
              <option key={speaker.id} value={speaker.id}>
                {speakerLabel(speaker)}
              </option>
            ))}
          </SelectField>
          <AnswerSuggestions requestId={requestId} question={text} />
          <button type="submit" className="button button--primary" disabled={text.trim() === ''}>
            {t('transcripts.questions.add')}
          </button>
          <ErrorMessage message={error} />
        </form>
      )}
    </section>
  );
}
