import { useCallback, useEffect, useRef, useState } from 'react';
import type { TranscriptRecording, TranscriptTurn } from '../../../../shared/domain/transcripts.ts';
import { audioReadBytes } from '../../../../shared/contract/transcriptChannels.ts';
import { invoke } from '../../api.ts';
import { base64ToBytes } from './base64.ts';
import { useHotkeys } from './useHotkeys.ts';

const skipSeconds = 5;

interface Loaded {
  readonly id: string;
  readonly url: string;
  readonly bytes: number;
}

/** Reads a recording from main in pieces into a blob: URL (the CSP allows media from blob:). */
async function fetchRecording(requestId: string, recording: TranscriptRecording): Promise<string> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for (let offset = 0; offset < recording.bytes; offset += audioReadBytes) {
    const result = await invoke('transcripts:readAudio', {
      requestId,
      recordingId: recording.id,
      offset,
      length: audioReadBytes,
    });
    if (!result.ok) throw new Error(result.error.message);
    parts.push(base64ToBytes(result.value.contentBase64));
  }
  return URL.createObjectURL(new Blob(parts, { type: recording.mediaType }));
}

/**
 * Recorded WebM carries no duration, so the browser reports Infinity until it has read to the
 * end: asking for a far position makes it read there, after which the duration is known.
 */
function whenSeekable(audio: HTMLAudioElement): Promise<void> {
  return new Promise((resolve) => {
    const settle = () => {
      if (Number.isFinite(audio.duration)) return resolve();
      audio.addEventListener(
        'timeupdate',
        () => {
          audio.currentTime = 0;
          resolve();
        },
        { once: true },
      );
      audio.currentTime = Number.MAX_SAFE_INTEGER;
    };
    if (audio.readyState >= HTMLMediaElement.HAVE_METADATA) settle();
    else audio.addEventListener('loadedmetadata', settle, { once: true });
  });
}

/** Playback of the event's recordings: load, play/pause, skip, speed, and seek to a turn. */
export function useAudioPlayer(
  requestId: string,
  recordings: readonly TranscriptRecording[],
  /** Off in full-screen capture: the player is not shown there, and Esc leaves full screen. */
  hotkeysOn = true,
) {
  const audio = useRef<HTMLAudioElement>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [playing, setPlaying] = useState(false);
  const [position, setPosition] = useState({ current: 0, duration: 0 });
  const [rate, setRateState] = useState(1);
  const selected = recordings.find((item) => item.id === selectedId) ?? recordings.at(-1) ?? null;

  useEffect(() => () => void (loaded && URL.revokeObjectURL(loaded.url)), [loaded]);

  const load = useCallback(
    async (recording: TranscriptRecording): Promise<HTMLAudioElement | null> => {
      const element = audio.current;
      if (!element) return null;
      if (loaded?.id === recording.id && loaded.bytes === recording.bytes) return element;
      setLoading(true);
      try {
        const url = await fetchRecording(requestId, recording);
        element.src = url;
        element.playbackRate = rate;
        setLoaded({ id: recording.id, url, bytes: recording.bytes });
        await whenSeekable(element);
        setMessage(null);
        return element;
      } catch (error) {
        setMessage(error instanceof Error ? error.message : String(error));
        return null;
      } finally {
        setLoading(false);
      }
    },
    [loaded, rate, requestId],
  );

  const toggle = useCallback(async () => {
    const element = selected ? await load(selected) : null;
    if (!element) return;
    if (element.paused) await element.play();
    else element.pause();
  }, [load, selected]);

  const skip = useCallback((seconds: number) => {
    const element = audio.current;
    if (!element || !element.src) return;
    element.currentTime = Math.max(0, element.currentTime + seconds);
  }, []);

  const setRate = useCallback((value: number) => {
    setRateState(value);
    if (audio.current) audio.current.playbackRate = value;
  }, []);

  /** Plays from the moment a turn was spoken, in the recording that covers it. */
  const seekTo = useCallback(
    async (turn: TranscriptTurn): Promise<boolean> => {
      const at = Date.parse(turn.spokenAt);
      const recording = recordings.find((item) => {
        const start = Date.parse(item.startedAt);
        return at >= start - 1000 && at <= start + item.durationMs + 1000;
      });
      if (!recording) return false;
      setSelectedId(recording.id);
      const element = await load(recording);
      if (!element) return true;
      element.currentTime = Math.max(0, (at - Date.parse(recording.startedAt)) / 1000);
      await element.play();
      return true;
    },
    [load, recordings],
  );

  useHotkeys(
    hotkeysOn
      ? [
          { code: 'Escape', run: () => void toggle() },
          { code: 'F1', run: () => skip(-skipSeconds) },
          { code: 'F2', run: () => skip(skipSeconds) },
        ]
      : [],
  );

  const events = {
    onPlay: () => setPlaying(true),
    onPause: () => setPlaying(false),
    onTimeUpdate: () => {
      const element = audio.current;
      if (element && Number.isFinite(element.duration)) {
        setPosition({ current: element.currentTime, duration: element.duration });
      }
    },
  };

  return {
    audio,
    events,
    selected,
    select: setSelectedId,
    loaded: loaded?.id === selected?.id,
    loading,
    message,
    playing,
    position,
    rate,
    setRate,
    toggle,
    skip,
    seekTo,
    load,
  };
}

export type AudioPlayer = Omit<ReturnType<typeof useAudioPlayer>, 'audio'>;
