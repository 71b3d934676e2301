import { useTranslation } from 'react-i18next';
import type { EvaluatedFinding, MarkStatus } from '../../../../shared/domain/evaluation.ts';
import { formatOffset, shanghaiClock } from '../../../../shared/rules/transcriptFormat.ts';
import { FindingMarkForm } from './FindingMarkForm.tsx';
import { MatchedText } from './MatchedText.tsx';

interface FindingCardProps {
  readonly requestId: string;
  readonly finding: EvaluatedFinding;
  readonly hasRecording: boolean;
  /** False for a review received from the news office: its turns are not in this installation. */
  readonly linksTurns: boolean;
  readonly canMark: boolean;
  readonly canAddToLibrary: boolean;
  readonly onMark: (status: MarkStatus, note: string) => Promise<boolean>;
  readonly onAddToLibrary: () => void;
}

/** One finding: the turn (speaker, time, link), both sides with the matched words, the mark. */
export function FindingCard({
  requestId,
  finding,
  hasRecording,
  linksTurns,
  canMark,
  canAddToLibrary,
  onMark,
  onAddToLibrary,
}: FindingCardProps) {
  const { t } = useTranslation();
  const { turn, source } = finding;
  return (
    <li className="evaluation__finding" data-finding={finding.kind}>
      {turn && (
        <p className="evaluation__where">
          <span>
            {t('evaluation.turn', {
              seq: turn.seq,
              speaker: turn.speakerLabel,
              time: shanghaiClock(turn.spokenAt),
            })}
          </span>
          {hasRecording && (
            <span className="muted">
              {t('evaluation.recording', { offset: formatOffset(turn.offsetMs) })}
            </span>
          )}
          {linksTurns && (
            <a href={`#/transcripts/${requestId}/${turn.turnId}`}>{t('evaluation.openTurn')}</a>
          )}
          {finding.similarity !== null && (
            <span className="badge badge--neutral">
              {t('evaluation.similarity', { value: Math.round(finding.similarity * 100) })}
            </span>
          )}
        </p>
      )}
      <div
        className={
          turn && source ? 'evaluation__sides' : 'evaluation__sides evaluation__sides--one'
        }
      >
        {turn && (
          <div className="evaluation__side">
            <span className="evaluation__side-label">{t('evaluation.said')}</span>
            <p>
              <MatchedText text={turn.text} spans={turn.spans} />
            </p>
          </div>
        )}
        {source ? (
          <div className="evaluation__side">
            <span className="evaluation__side-label">
              {t('evaluation.approved')} · {source.label}
            </span>
            <p>
              <MatchedText text={source.text} spans={source.spans} />
            </p>
          </div>
        ) : (
          finding.kind === 'questionUnprepared' && (
            <p className="muted">{t('evaluation.noPrepared')}</p>
          )
        )}
      </div>
      {finding.words.length > 0 && finding.kind !== 'answerNeverAsked' && (
        <p className="evaluation__words">
          {t('evaluation.matched', { words: finding.words.join(t('punctuation.listSeparator')) })}
        </p>
      )}
      <div className="evaluation__actions">
        <FindingMarkForm finding={finding} canMark={canMark} onMark={onMark} />
        {finding.kind === 'questionUnprepared' && canAddToLibrary && (
          <button type="button" className="button button--small" onClick={onAddToLibrary}>
            {t('evaluation.addToLibrary')}
          </button>
        )}
      </div>
    </li>
  );
}
