import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranscriptRecording } from '../../../../shared/domain/transcripts.ts';
import { formatOffset } from '../../../../shared/rules/transcriptFormat.ts';
import type { AudioPlayer as Player } from './useAudioPlayer.ts';

const rates = [0.75, 1, 1.25, 1.5, 2] as const;

/** Playback controls; Esc, F1 and F2 work from anywhere on the screen (see useAudioPlayer). */
export function AudioPlayer({
  audioRef,
  player,
  recordings,
}: {
  readonly audioRef: RefObject<HTMLAudioElement | null>;
  readonly player: Player;
  readonly recordings: readonly TranscriptRecording[];
}) {
  const { t } = useTranslation();
  return (
    <section className="player" aria-labelledby="player-title">
      <h2 id="player-title">{t('transcripts.player.title')}</h2>
      {recordings.length > 1 && (
        <label className="player__choose">
          {t('transcripts.player.choose')}
          <select
            value={player.selected?.id ?? ''}
            onChange={(event) => player.select(event.target.value)}
          >
            {recordings.map((recording, index) => (
              <option key={recording.id} value={recording.id}>
                {index + 1} · {formatOffset(recording.durationMs)}
              </option>
            ))}
          </select>
        </label>
      )}
      {/* Captions do not apply: the transcript beside it is the text of this recording. */}
      <audio
        ref={audioRef}
        {...player.events}
        preload="auto"
        aria-label={t('transcripts.player.title')}
      />
      <div className="player__controls" role="group" aria-label={t('transcripts.player.title')}>
        <button
          type="button"
          className="button button--small"
          disabled={!player.selected || player.loading}
          onClick={() => void player.toggle()}
        >
          {player.playing ? t('transcripts.player.pause') : t('transcripts.player.play')}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={!player.loaded}
          onClick={() => player.skip(-5)}
        >
          {t('transcripts.player.back')}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={!player.loaded}
          onClick={() => player.skip(5)}
        >
          {t('transcripts.player.forward')}
        </button>
        <label className="player__rate">
          {t('transcripts.player.speed')}
          <select
            value={player.rate}
            onChange={(event) => player.setRate(Number(event.target.value))}
          >
            {rates.map((rate) => (
              <option key={rate} value={rate}>
                {rate}×
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="player__position" role="status">
        {player.loading
          ? t('transcripts.player.loading')
          : player.loaded &&
            t('transcripts.player.position', {
              current: formatOffset(player.position.current * 1000),
              duration: formatOffset(player.position.duration * 1000),
            })}
      </p>
      {player.message && (
        <p className="error-message" role="alert">
          {player.message}
        </p>
      )}
      <p className="muted player__hint">{t('transcripts.player.hotkeys')}</p>
    </section>
  );
}
