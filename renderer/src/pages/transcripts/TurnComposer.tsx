import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranscriptSpeaker, TurnDraft } from '../../../../shared/domain/transcripts.ts';
import { speakerLabel } from '../../../../shared/rules/transcriptFormat.ts';

const draftDelayMs = 400;

interface TurnComposerProps {
  readonly speaker: TranscriptSpeaker | null;
  readonly restored: TurnDraft | null;
  readonly inputRef: RefObject<HTMLTextAreaElement | null>;
  readonly onCommit: (text: string, startedAt: string | null) => void;
  readonly onDraft: (draft: { text: string; startedAt: string | null }) => void;
}

/**
 * The line being typed. Enter commits it (not while an input method is composing: Enter there
 * picks the characters); Shift+Enter starts a new line. The line is saved as a draft at each pause,
 * with the moment its first character was typed (when the speaker began).
 */
export function TurnComposer({
  speaker,
  restored,
  inputRef,
  onCommit,
  onDraft,
}: TurnComposerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(restored?.text ?? '');
  const [startedAt, setStartedAt] = useState<string | null>(restored?.startedAt ?? null);
  const [problem, setProblem] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef({ text, startedAt });

  useEffect(() => () => window.clearTimeout(timer.current), []);

  function scheduleDraft(next: { text: string; startedAt: string | null }) {
    latest.current = next;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => onDraft(latest.current), draftDelayMs);
  }

  function change(value: string) {
    const began =
      text === '' && value !== '' ? new Date().toISOString() : value === '' ? null : startedAt;
    setText(value);
    setStartedAt(began);
    setProblem(null);
    scheduleDraft({ text: value, startedAt: began });
  }

  function keyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    if (event.keyCode === 229) return;
    event.preventDefault();
    const line = text.trim();
    if (line === '') return;
    if (!speaker) {
      setProblem(t('transcripts.composer.chooseSpeaker'));
      return;
    }
    window.clearTimeout(timer.current);
    onCommit(line, startedAt);
    setText('');
    setStartedAt(null);
    latest.current = { text: '', startedAt: null };
  }

  return (
    <div className="composer">
      <label htmlFor={id} className="composer__label">
        <span className="composer__speaker">
          {speaker
            ? t('transcripts.composer.speaking', { name: speakerLabel(speaker) })
            : t('transcripts.composer.chooseSpeaker')}
        </span>
        <span className="muted">{t('transcripts.composer.label')}</span>
      </label>
      <textarea
        id={id}
        ref={inputRef}
        className="composer__input"
        rows={3}
        value={text}
        maxLength={20_000}
        aria-invalid={problem ? true : undefined}
        onChange={(event) => change(event.target.value)}
        onKeyDown={keyDown}
      />
      {problem && (
        <p className="error-message" role="alert">
          {problem}
        </p>
      )}
      {restored?.text && text === restored.text && (
        <p className="muted">{t('transcripts.composer.draftRestored')}</p>
      )}
    </div>
  );
}
