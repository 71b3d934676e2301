import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranscriptView } from '../../../../shared/domain/transcriptViews.ts';
import type { TranscriptRecording, TranscriptTurn } from '../../../../shared/domain/transcripts.ts';
import { ErrorMessage } from '../../components/Field.tsx';
import { AudioPlayer } from './AudioPlayer.tsx';
import { PublishedView } from './PublishedView.tsx';
import { RecorderControls } from './RecorderControls.tsx';
import { SpeakerRoster } from './SpeakerRoster.tsx';
import { TurnComposer } from './TurnComposer.tsx';
import { TurnList } from './TurnList.tsx';
import { useAudioPlayer } from './useAudioPlayer.ts';
import { useAudioRecorder } from './useAudioRecorder.ts';
import { digitCodes, useHotkeys } from './useHotkeys.ts';
import type { useTurnOutbox } from './useTurnOutbox.ts';

interface CapturePaneProps {
  readonly view: TranscriptView;
  readonly outbox: ReturnType<typeof useTurnOutbox>;
  readonly focusTurnId: string | undefined;
  readonly onTurnSaved: (turn: TranscriptTurn) => void;
  readonly onChanged: (change: Partial<TranscriptView>) => void;
  /** 结束实录 (after every committed turn is answered); the refusal's message, or null. */
  readonly onEnd: () => Promise<string | null>;
}

/** Live capture: the roster, the turns, the line being typed, and the recording beside them. */
export function CapturePane({
  view,
  outbox,
  focusTurnId,
  onTurnSaved,
  onChanged,
  onEnd,
}: CapturePaneProps) {
  const { t } = useTranslation();
  const requestId = view.event.requestId;
  const canCapture = view.actions.includes('capture');
  const [speakerId, setSpeakerId] = useState<string | null>(
    view.draft?.speakerId ?? view.speakers[0]?.id ?? null,
  );
  const [published, setPublished] = useState(false);
  // Full-screen capture: only the speakers, the turns and the input, with 结束实录 always in view.
  const [fullScreen, setFullScreen] = useState(false);
  const [endError, setEndError] = useState<string | null>(null);
  const full = fullScreen && canCapture;
  const [composerKey, setComposerKey] = useState(0);
  const [putBack, setPutBack] = useState(view.draft);
  const input = useRef<HTMLTextAreaElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const line = useRef({ text: view.draft?.text ?? '', startedAt: view.draft?.startedAt ?? null });
  const speaker = view.speakers.find((item) => item.id === speakerId) ?? null;

  const recordingChanged = useCallback(
    (recording: TranscriptRecording) => {
      const others = view.recordings.filter((item) => item.id !== recording.id);
      onChanged({
        recordings: [...others, recording].sort((a, b) => a.startedAt.localeCompare(b.startedAt)),
      });
    },
    [onChanged, view.recordings],
  );
  const recorder = useAudioRecorder(requestId, recordingChanged);
  const { audio, ...player } = useAudioPlayer(requestId, view.recordings, !full);

  const select = useCallback(
    (id: string) => {
      setSpeakerId(id);
      if (line.current.text !== '') outbox.saveDraft({ speakerId: id, ...line.current });
      input.current?.focus();
    },
    [outbox],
  );

  const hotkeys = useMemo(
    () => [
      ...digitCodes.map((code, index) => ({
        code,
        alt: true,
        run: () => {
          const target = view.speakers[index];
          if (target) select(target.id);
        },
      })),
      { code: 'Digit0', alt: true, run: () => search.current?.focus() },
    ],
    [select, view.speakers],
  );
  useHotkeys(hotkeys);

  // Ready to type at once, unless a search hit asked for a turn.
  useEffect(() => {
    if (!focusTurnId) input.current?.focus();
  }, [focusTurnId]);

  useEffect(() => {
    if (!full) return;
    input.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      // Esc leaves, as F11's full screen does; not while an input method is picking characters,
      // nor when something inside (a turn being corrected) already took the key.
      if (event.key !== 'Escape' || event.isComposing || event.defaultPrevented) return;
      setFullScreen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [full]);

  const end = async () => setEndError(await onEnd());

  return (
    <div
      className={full ? 'capture capture--full' : 'capture'}
      role={full ? 'region' : undefined}
      aria-label={full ? t('transcripts.fullScreen.label') : undefined}
    >
      {full && (
        <div className="capture__fullbar">
          <strong className="capture__fulltitle">{view.event.title}</strong>
          {outbox.retrying && (
            <span className="warning" role="status">
              {t('transcripts.turns.outboxWaiting', { count: outbox.pending.length })}
            </span>
          )}
          <ErrorMessage message={endError} />
          {view.actions.includes('end') && (
            <button type="button" className="button button--primary" onClick={() => void end()}>
              {t('transcripts.header.end')}
            </button>
          )}
          <button type="button" className="button" onClick={() => setFullScreen(false)}>
            {t('transcripts.fullScreen.leave')}
          </button>
        </div>
      )}
      <aside className="capture__side">
        <SpeakerRoster
          requestId={requestId}
          speakers={view.speakers}
          currentId={speakerId}
          canAdd={view.actions.includes('editTurns')}
          outlets={view.event.invitedOutlets}
          searchRef={search}
          onSelect={select}
          onAdded={(speakers) => onChanged({ speakers })}
        />
        {!full && (
          <RecorderControls
            state={recorder.state}
            unsent={recorder.unsent}
            canRecord={canCapture}
            recordings={view.recordings}
            onStart={() => void recorder.start()}
            onStop={recorder.stop}
          />
        )}
        {!full && view.recordings.length > 0 && (
          <AudioPlayer audioRef={audio} player={player} recordings={view.recordings} />
        )}
      </aside>
      <section className="capture__main" aria-label={t('transcripts.tabs.capture')}>
        {!full && (
          <div className="capture__toolbar" role="group">
            {canCapture && (
              <button
                type="button"
                className="button button--small"
                onClick={() => setFullScreen(true)}
              >
                {t('transcripts.fullScreen.enter')}
              </button>
            )}
            <button
              type="button"
              className="button button--small"
              aria-pressed={published}
              onClick={() => setPublished((value) => !value)}
            >
              {published ? t('transcripts.turns.capture') : t('transcripts.turns.published')}
            </button>
            {outbox.retrying && (
              <span className="warning" role="status">
                {t('transcripts.turns.outboxWaiting', { count: outbox.pending.length })}
              </span>
            )}
          </div>
        )}
        {published && !full ? (
          <PublishedView turns={view.turns} speakers={view.speakers} />
        ) : (
          <TurnList
            requestId={requestId}
            turns={view.turns}
            pending={outbox.pending}
            speakers={view.speakers}
            canEdit={view.actions.includes('editTurns')}
            focusTurnId={focusTurnId}
            onSeek={(turn) => void player.seekTo(turn)}
            onSaved={onTurnSaved}
            onRetry={outbox.retry}
            onPutBack={(turn) => {
              outbox.discard(turn.id);
              setSpeakerId(turn.speakerId);
              setPutBack({ speakerId: turn.speakerId, text: turn.text, startedAt: turn.startedAt });
              setComposerKey((value) => value + 1);
            }}
          />
        )}
        {canCapture ? (
          <TurnComposer
            key={composerKey}
            speaker={speaker}
            restored={putBack}
            inputRef={input}
            onCommit={(text, startedAt) => {
              line.current = { text: '', startedAt: null };
              outbox.commit({
                id: crypto.randomUUID(),
                speakerId: speaker?.id ?? '',
                text,
                startedAt,
              });
            }}
            onDraft={(draft) => {
              line.current = draft;
              outbox.saveDraft({ speakerId, ...draft });
            }}
          />
        ) : (
          view.status === 'ended' && <p className="muted">{t('transcripts.composer.ended')}</p>
        )}
      </section>
    </div>
  );
}
