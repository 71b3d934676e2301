import { useCallback, useEffect, useRef, useState } from 'react';
import type { TranscriptTurn, TurnDraft } from '../../../../shared/domain/transcripts.ts';
import { invoke, isSessionLoss } from '../../api.ts';
import { transportCodes, wait } from './base64.ts';

/** A committed line the server has not yet confirmed: shown, but marked as not yet saved. */
export interface PendingTurn {
  readonly id: string;
  readonly speakerId: string;
  readonly text: string;
  readonly startedAt: string | null;
  /** Set when main refused the turn (not a lost connection, which is retried). */
  readonly refusal?: string;
}

type Operation = { kind: 'turn'; turn: PendingTurn } | { kind: 'draft'; draft: TurnDraft };

const storageKey = (requestId: string) => `workbench.transcript.outbox.${requestId}`;

function storedTurns(requestId: string): PendingTurn[] {
  try {
    return JSON.parse(localStorage.getItem(storageKey(requestId)) ?? '[]') as PendingTurn[];
  } catch {
    return [];
  }
}

/** Drops drafts still waiting; not the one on its way (the loop removes that one when answered). */
function withoutWaitingDrafts(queue: readonly Operation[], running: boolean): Operation[] {
  const inFlight = running ? queue.slice(0, 1) : [];
  return [...inFlight, ...queue.slice(inFlight.length).filter((item) => item.kind !== 'draft')];
}

/**
 * Sends committed turns and the line in progress to main one at a time, in the order they were
 * made, so turns are numbered in the order Enter was pressed and a draft never overtakes the
 * commit before it. A lost connection is retried; unsent turns are also kept in localStorage and
 * sent again after a reload (each carries its id, so a turn that did arrive is stored once).
 */
export function useTurnOutbox(requestId: string, onConfirmed: (turn: TranscriptTurn) => void) {
  const [pending, setPending] = useState<readonly PendingTurn[]>(() => storedTurns(requestId));
  const queue = useRef<Operation[]>(
    storedTurns(requestId)
      .filter((turn) => !turn.refusal)
      .map((turn) => ({ kind: 'turn', turn })),
  );
  const running = useRef(false);
  const confirmed = useRef(onConfirmed);
  const [retrying, setRetrying] = useState(false);

  useEffect(() => {
    confirmed.current = onConfirmed;
  }, [onConfirmed]);

  // Refused turns are kept too: a line is dropped only when the note-taker puts it back or main has it.
  const remember = useCallback(
    (next: readonly PendingTurn[]) => {
      if (next.length === 0) localStorage.removeItem(storageKey(requestId));
      else localStorage.setItem(storageKey(requestId), JSON.stringify(next));
    },
    [requestId],
  );

  const update = useCallback(
    (change: (turns: readonly PendingTurn[]) => readonly PendingTurn[]) =>
      setPending((turns) => {
        const next = change(turns);
        remember(next);
        return next;
      }),
    [remember],
  );

  const send = useCallback(
    (operation: Operation) =>
      operation.kind === 'turn'
        ? invoke('transcripts:commitTurn', {
            requestId,
            turnId: operation.turn.id,
            speakerId: operation.turn.speakerId,
            text: operation.turn.text,
            startedAt: operation.turn.startedAt,
          })
        : invoke('transcripts:saveDraft', { requestId, ...operation.draft }),
    [requestId],
  );

  const drain = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    let delay = 500;
    while (queue.current.length > 0) {
      const operation = queue.current[0] as Operation;
      const result = await send(operation);
      // Signed out or locked: the screen gives way to sign-in; the turn stays stored for later.
      if (!result.ok && isSessionLoss(result.error.code)) break;
      if (!result.ok && transportCodes.includes(result.error.code)) {
        setRetrying(true);
        await wait(delay);
        delay = Math.min(delay * 2, 5000);
        continue;
      }
      setRetrying(false);
      delay = 500;
      queue.current.shift();
      if (operation.kind !== 'turn') continue;
      const id = operation.turn.id;
      if (result.ok) {
        confirmed.current(result.value as TranscriptTurn);
        update((turns) => turns.filter((turn) => turn.id !== id));
      } else {
        const refusal = result.error.message;
        update((turns) => turns.map((turn) => (turn.id === id ? { ...turn, refusal } : turn)));
      }
    }
    running.current = false;
  }, [send, update]);

  useEffect(() => {
    void drain();
  }, [drain]);

  const commit = useCallback(
    (turn: PendingTurn) => {
      update((turns) => [...turns, turn]);
      queue.current = withoutWaitingDrafts(queue.current, running.current);
      queue.current.push({ kind: 'turn', turn });
      void drain();
    },
    [drain, update],
  );

  /** Only the newest draft matters: it replaces one still waiting to be sent. */
  const saveDraft = useCallback(
    (draft: TurnDraft) => {
      queue.current = withoutWaitingDrafts(queue.current, running.current);
      queue.current.push({ kind: 'draft', draft });
      void drain();
    },
    [drain],
  );

  const retry = useCallback(
    (id: string) => {
      const turn = pending.find((item) => item.id === id);
      if (!turn) return;
      const { refusal: _refusal, ...again } = turn;
      update((turns) => turns.map((item) => (item.id === id ? again : item)));
      queue.current.push({ kind: 'turn', turn: again });
      void drain();
    },
    [drain, pending, update],
  );

  const discard = useCallback(
    (id: string) => update((turns) => turns.filter((turn) => turn.id !== id)),
    [update],
  );

  /** Resolves once everything made so far has been answered (before ending capture). */
  const flush = useCallback(async () => {
    while (running.current || queue.current.length > 0) await wait(50);
  }, []);

  return { pending, retrying, commit, saveDraft, retry, discard, flush };
}
