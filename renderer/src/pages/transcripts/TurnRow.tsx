import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  TranscriptSpeaker,
  TranscriptTurn,
  TurnRevision,
} from '../../../../shared/domain/transcripts.ts';
import { shanghaiClock, speakerLabel } from '../../../../shared/rules/transcriptFormat.ts';
import { formatDuration } from '../../../../shared/text/chineseDates.ts';
import { invoke } from '../../api.ts';
import { ErrorMessage } from '../../components/Field.tsx';
import { useDateText } from '../../components/dates/useDateText.ts';

interface TurnRowProps {
  readonly requestId: string;
  readonly turn: TranscriptTurn;
  readonly speakers: readonly TranscriptSpeaker[];
  readonly canEdit: boolean;
  readonly focused: boolean;
  readonly onSeek: (turn: TranscriptTurn) => void;
  readonly onSaved: (turn: TranscriptTurn) => void;
}

const labelOf = (speakers: readonly TranscriptSpeaker[], id: string) => {
  const speaker = speakers.find((item) => item.id === id);
  return speaker ? speakerLabel(speaker) : '';
};

/** One confirmed turn: `[姓名]`, its time (a click plays the recording there), edit and history. */
export function TurnRow({
  requestId,
  turn,
  speakers,
  canEdit,
  focused,
  onSeek,
  onSaved,
}: TurnRowProps) {
  const { t, i18n } = useTranslation();
  const dates = useDateText();
  const language = i18n.language === 'en' ? 'en' : 'zh';
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState({ text: turn.text, speakerId: turn.speakerId });
  const [history, setHistory] = useState<readonly TurnRevision[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function save() {
    const result = await invoke('transcripts:editTurn', {
      requestId,
      turnId: turn.id,
      revision: turn.revision,
      speakerId: draft.speakerId,
      text: draft.text,
    });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setEditing(false);
    setHistory(null);
    onSaved(result.value);
  }

  async function toggleHistory() {
    if (history) return setHistory(null);
    const result = await invoke('transcripts:turnHistory', { requestId, turnId: turn.id });
    if (result.ok) setHistory(result.value);
    else setError(result.error.message);
  }

  return (
    <li id={`turn-${turn.id}`} className={focused ? 'turn turn--focused' : 'turn'} tabIndex={-1}>
      <div className="turn__meta">
        <span className="turn__seq">{turn.seq}</span>
        <span className="turn__speaker">[{labelOf(speakers, turn.speakerId)}]</span>
        <button
          type="button"
          className="link-button turn__time"
          aria-label={t('transcripts.turns.seek', {
            offset: formatDuration(turn.offsetMs, language),
          })}
          onClick={() => onSeek(turn)}
        >
          {shanghaiClock(turn.spokenAt, true)}
        </button>
        <span className="muted">
          {t('transcripts.turns.offset', { offset: formatDuration(turn.offsetMs, language) })}
        </span>
        {canEdit && !editing && (
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => setEditing(true)}
          >
            {t('transcripts.turns.edit')}
          </button>
        )}
        {turn.revision > 1 && (
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => void toggleHistory()}
          >
            {history
              ? t('transcripts.turns.hideHistory')
              : t('transcripts.turns.history', { count: turn.revision })}
          </button>
        )}
      </div>
      {editing ? (
        <div className="turn__edit">
          <label>
            {t('transcripts.turns.speaker')}
            <select
              value={draft.speakerId}
              onChange={(event) => setDraft({ ...draft, speakerId: event.target.value })}
            >
              {speakers.map((speaker) => (
                <option key={speaker.id} value={speaker.id}>
                  {speakerLabel(speaker)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('transcripts.turns.text')}
            <textarea
              value={draft.text}
              rows={3}
              onChange={(event) => setDraft({ ...draft, text: event.target.value })}
            />
          </label>
          <div className="actions">
            <button
              type="button"
              className="button button--small button--primary"
              onClick={() => void save()}
            >
              {t('transcripts.turns.save')}
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                setEditing(false);
                setDraft({ text: turn.text, speakerId: turn.speakerId });
              }}
            >
              {t('transcripts.turns.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <p className="turn__text">{turn.text}</p>
      )}
      {history && (
        <ol
          className="turn__history"
          aria-label={t('transcripts.turns.history', { count: history.length })}
        >
          {history.map((revision) => (
            <li key={revision.revision}>
              <span className="muted">
                {t('transcripts.turns.revision', {
                  revision: revision.revision,
                  name: revision.editedByName,
                  time: dates.dayTime(revision.editedAt),
                })}
              </span>
              <p>
                [{labelOf(speakers, revision.speakerId)}] {revision.text}
              </p>
            </li>
          ))}
        </ol>
      )}
      <ErrorMessage message={error} />
    </li>
  );
}
