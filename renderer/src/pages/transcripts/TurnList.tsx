import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranscriptSpeaker, TranscriptTurn } from '../../../../shared/domain/transcripts.ts';
import { speakerLabel } from '../../../../shared/rules/transcriptFormat.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { TurnRow } from './TurnRow.tsx';
import type { PendingTurn } from './useTurnOutbox.ts';

interface TurnListProps {
  readonly requestId: string;
  readonly turns: readonly TranscriptTurn[];
  readonly pending: readonly PendingTurn[];
  readonly speakers: readonly TranscriptSpeaker[];
  readonly canEdit: boolean;
  readonly focusTurnId: string | undefined;
  readonly onSeek: (turn: TranscriptTurn) => void;
  readonly onSaved: (turn: TranscriptTurn) => void;
  readonly onRetry: (id: string) => void;
  readonly onPutBack: (turn: PendingTurn) => void;
}

/**
 * Confirmed turns, then those on their way to main (marked 保存中 until main has them on disk).
 * Follows the newest turn while the note-taker is at the bottom.
 */
export function TurnList(props: TurnListProps) {
  const { t } = useTranslation();
  const list = useRef<HTMLOListElement>(null);
  const count = props.turns.length + props.pending.length;
  const { focusTurnId } = props;

  useEffect(() => {
    const element = list.current;
    if (!element || focusTurnId) return;
    element.scrollTop = element.scrollHeight;
  }, [count, focusTurnId]);

  useEffect(() => {
    if (!focusTurnId) return;
    const row = document.getElementById(`turn-${focusTurnId}`);
    row?.scrollIntoView({ block: 'center' });
    row?.focus();
  }, [focusTurnId]);

  const labelOf = (id: string) => {
    const speaker = props.speakers.find((item) => item.id === id);
    return speaker ? speakerLabel(speaker) : '';
  };

  return (
    <ol ref={list} className="turns" aria-label={t('transcripts.turns.list')}>
      {count === 0 && (
        <li className="turns__empty">
          <EmptyState
            purpose={t('transcripts.turns.emptyPurpose')}
            hint={t(
              props.canEdit
                ? 'transcripts.turns.emptyHintCapture'
                : 'transcripts.turns.emptyHintView',
            )}
          />
        </li>
      )}
      {props.turns.map((turn) => (
        <TurnRow
          key={turn.id}
          requestId={props.requestId}
          turn={turn}
          speakers={props.speakers}
          canEdit={props.canEdit}
          focused={turn.id === focusTurnId}
          onSeek={props.onSeek}
          onSaved={props.onSaved}
        />
      ))}
      {props.pending.map((turn) => (
        <li key={turn.id} className="turn turn--pending" aria-busy={!turn.refusal}>
          <div className="turn__meta">
            <span className="turn__speaker">[{labelOf(turn.speakerId)}]</span>
            {turn.refusal ? (
              <span className="turn__failed" role="alert">
                {t('transcripts.turns.failed', { message: turn.refusal })}
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => props.onRetry(turn.id)}
                >
                  {t('transcripts.turns.retry')}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => props.onPutBack(turn)}
                >
                  {t('transcripts.turns.putBack')}
                </button>
              </span>
            ) : (
              <span className="turn__pending">{t('transcripts.turns.pending')}</span>
            )}
          </div>
          <p className="turn__text">{turn.text}</p>
        </li>
      ))}
    </ol>
  );
}
