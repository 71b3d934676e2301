import { useCallback, useEffect, useRef, useState } from 'react';
import type { TranscriptRecording } from '../../../../shared/domain/transcripts.ts';
import { invoke } from '../../api.ts';
import { bytesToBase64, transportCodes, wait } from './base64.ts';

/** MediaRecorder hands over a chunk this often; each goes to main and onto the file at once. */
const chunkMilliseconds = 2000;
/** Speech needs little: an hour is about 15 MB. */
const bitsPerSecond = 32_000;
const mediaTypes = ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus', 'audio/mp4'];

interface Chunk {
  readonly index: number;
  /** Since the recorder started, when the chunk was handed over: the recording's length so far. */
  readonly elapsedMs: number;
  readonly blob: Blob;
}

export type RecorderState =
  | { readonly kind: 'idle' }
  /** `startedAt` by performance.now(), for a running clock. */
  | { readonly kind: 'recording' | 'stopping'; readonly startedAt: number }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * Records from the microphone and sends each chunk to main as it comes, in order, retrying a
 * lost connection: what was recorded up to a crash is on disk. Reports each recording as main
 * has it after every chunk.
 */
export function useAudioRecorder(
  requestId: string,
  onRecording: (recording: TranscriptRecording) => void,
) {
  const [state, setState] = useState<RecorderState>({ kind: 'idle' });
  const [unsent, setUnsent] = useState(0);
  const recorder = useRef<MediaRecorder | null>(null);
  const queue = useRef<Chunk[]>([]);
  const sending = useRef(false);
  const recordingId = useRef('');
  const reported = useRef(onRecording);

  useEffect(() => {
    reported.current = onRecording;
  }, [onRecording]);

  const send = useCallback(async () => {
    if (sending.current) return;
    sending.current = true;
    while (queue.current.length > 0) {
      const chunk = queue.current[0] as Chunk;
      const result = await invoke('transcripts:appendAudio', {
        requestId,
        recordingId: recordingId.current,
        index: chunk.index,
        elapsedMs: chunk.elapsedMs,
        contentBase64: bytesToBase64(new Uint8Array(await chunk.blob.arrayBuffer())),
      });
      if (!result.ok && transportCodes.includes(result.error.code)) {
        await wait(1000);
        continue;
      }
      queue.current.shift();
      setUnsent(queue.current.length);
      if (result.ok) reported.current(result.value);
      else {
        recorder.current?.stop();
        setState({ kind: 'failed', message: result.error.message });
      }
    }
    sending.current = false;
  }, [requestId]);

  const start = useCallback(async () => {
    if (!navigator.mediaDevices?.getUserMedia || typeof MediaRecorder === 'undefined') {
      setState({ kind: 'failed', message: 'unsupported' });
      return;
    }
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      return;
    }
    const mimeType = mediaTypes.find((type) => MediaRecorder.isTypeSupported(type)) ?? '';
    recordingId.current = crypto.randomUUID();
    const begun = await invoke('transcripts:beginRecording', {
      requestId,
      recordingId: recordingId.current,
      mediaType: mimeType || 'audio/webm',
    });
    if (!begun.ok) {
      stream.getTracks().forEach((track) => track.stop());
      setState({ kind: 'failed', message: begun.error.message });
      return;
    }
    reported.current(begun.value);
    const media = new MediaRecorder(stream, {
      ...(mimeType ? { mimeType } : {}),
      audioBitsPerSecond: bitsPerSecond,
    });
    const startedAt = performance.now();
    let index = 0;
    media.ondataavailable = (event) => {
      if (event.data.size === 0) return;
      const elapsedMs = Math.round(performance.now() - startedAt);
      queue.current.push({ index: index++, elapsedMs, blob: event.data });
      setUnsent(queue.current.length);
      void send();
    };
    media.onstop = () => {
      stream.getTracks().forEach((track) => track.stop());
      void (async () => {
        while (sending.current || queue.current.length > 0) await wait(100);
        const finished = await invoke('transcripts:finishRecording', {
          requestId,
          recordingId: recordingId.current,
        });
        if (finished.ok) reported.current(finished.value);
        setState((current) => (current.kind === 'failed' ? current : { kind: 'idle' }));
      })();
    };
    recorder.current = media;
    media.start(chunkMilliseconds);
    setState({ kind: 'recording', startedAt });
  }, [requestId, send]);

  const stop = useCallback(() => {
    setState((current) =>
      current.kind === 'recording' ? { ...current, kind: 'stopping' } : current,
    );
    if (recorder.current?.state !== 'inactive') recorder.current?.stop();
  }, []);

  useEffect(
    () => () => {
      if (recorder.current && recorder.current.state !== 'inactive') recorder.current.stop();
    },
    [],
  );

  return { state, unsent, start, stop };
}
