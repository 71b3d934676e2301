import type { DatabaseSync } from 'node:sqlite';
import { AppError } from '../../appError.ts';
import { ensureKeyPair, ownInstallationId } from '../exchangeIdentity.ts';
import type { RecordApplier } from '../exchangeRegistry.ts';
import { createHubClient } from './hubClient.ts';
import { HubCallError } from './hubCallError.ts';
import { pendingPushes, pushPending } from './hubPush.ts';
import { receiveInbox, type ReceiveOutcome } from './hubReceive.ts';
import { markHubReached, markHubUnreachable, noteHubProblem } from './hubStateRepository.ts';
import type { HubSyncContext } from './hubSyncContext.ts';
import { publishSealKey } from './publishSealKey.ts';

export interface HubSyncDeps {
  readonly db: DatabaseSync;
  readonly attachmentsDir: string;
  readonly appliers: ReadonlyMap<string, RecordApplier>;
  readonly now: () => Date;
}

/** One running sync with one hub address. */
export interface HubSyncEngine {
  readonly address: string;
  /** Something may have been written: push soon (a cheap check when nothing waits). */
  poke(): void;
  /** 立即同步: retry at once, push, and read the inbox without waiting. */
  syncNow(): Promise<void>;
  /** Aborts every call in flight; nothing touches the database afterwards. */
  stop(): void;
}

export const syncTiming = {
  minDelayMs: 1000,
  maxDelayMs: 60_000,
  longPollSeconds: 25,
  /** Besides the pokes, how often to look for records waiting to go. */
  checkEveryMs: 2000,
};

class Stopped extends Error {}

const later = (delay: number) => Math.min(delay * 2, syncTiming.maxDelayMs);

export function startHubSync(deps: HubSyncDeps, address: string): HubSyncEngine {
  const { db } = deps;
  const stopper = new AbortController();
  let stopped = false;
  const alive = () => {
    if (stopped) throw new Stopped('the hub sync has stopped');
  };
  const client = createHubClient({
    address,
    signer: {
      installationId: ownInstallationId(db),
      privateKey: ensureKeyPair(db, null, deps.now()).privateKey,
    },
    signal: stopper.signal,
  });
  const ctx: HubSyncContext = { ...deps, client, alive };

  const wakers = new Set<() => void>();
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        wakers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      timer.unref();
      wakers.add(done);
    });
  const wakeAll = () => [...wakers].forEach((wake) => wake());

  /** Records what went wrong; true when the hub could not be reached at all. */
  function failed(error: unknown): boolean {
    if (stopped || error instanceof Stopped) return false;
    const at = deps.now();
    if (error instanceof HubCallError && error.offline) {
      markHubUnreachable(db, at, error.message);
      return true;
    }
    if (error instanceof AppError) {
      noteHubProblem(db, error.message);
      return false;
    }
    console.error(error);
    markHubUnreachable(db, at, '与交换中心同步时发生内部错误，稍后自动重试。');
    return true;
  }

  // Push: one run at a time; a poke during a run makes it go round once more.
  let pushRun: Promise<void> | null = null;
  let pushAgain = false;
  let pushDelay = syncTiming.minDelayMs;
  let pushNotBefore = 0;
  const peerRetry = new Map<string, { delay: number; at: number }>();

  function push(): Promise<void> {
    if (pushRun) {
      pushAgain = true;
      return pushRun;
    }
    pushRun = (async () => {
      do {
        pushAgain = false;
        await pushOnce();
      } while (pushAgain && !stopped);
    })().finally(() => {
      pushRun = null;
    });
    return pushRun;
  }

  async function pushOnce(): Promise<void> {
    if (stopped || db.isTransaction || Date.now() < pushNotBefore) return;
    try {
      const nowMs = Date.now();
      const waiting = [...pendingPushes(ctx).keys()];
      const skip = new Set(waiting.filter((peer) => (peerRetry.get(peer)?.at ?? 0) > nowMs));
      if (waiting.every((peer) => skip.has(peer))) return;
      const outcome = await pushPending(ctx, skip);
      alive();
      markHubReached(db, deps.now());
      pushDelay = syncTiming.minDelayMs;
      for (const peer of waiting) if (!skip.has(peer)) peerRetry.delete(peer);
      for (const peer of outcome.failedPeers) {
        const delay = later(peerRetry.get(peer)?.delay ?? syncTiming.minDelayMs / 2);
        peerRetry.set(peer, { delay, at: Date.now() + delay });
        void sleep(delay).then(push);
      }
    } catch (error) {
      if (!failed(error)) return;
      pushNotBefore = Date.now() + pushDelay;
      void sleep(pushDelay).then(push);
      pushDelay = later(pushDelay);
    }
  }

  // Receive: one inbox call at a time; 立即同步 interrupts the long poll to take its turn.
  let receiving: Promise<unknown> = Promise.resolve();
  function withReceiveLock<T>(work: () => Promise<T>): Promise<T> {
    const run = receiving.then(work, work);
    receiving = run.catch(() => undefined);
    return run;
  }
  let published = false;
  let pollInterrupt: AbortController | null = null;

  async function receiveRound(waitSeconds: number, interrupt?: AbortSignal) {
    if (!published) {
      await publishSealKey(ctx);
      alive();
      published = true;
      markHubReached(db, deps.now());
    }
    const outcome: ReceiveOutcome = await receiveInbox(ctx, waitSeconds, interrupt);
    alive();
    markHubReached(db, deps.now());
    noteHubProblem(db, outcome.held);
    return outcome;
  }

  async function receiveLoop(): Promise<void> {
    let delay = syncTiming.minDelayMs;
    while (!stopped) {
      const interrupt = new AbortController();
      pollInterrupt = interrupt;
      try {
        const outcome = await withReceiveLock(() =>
          receiveRound(syncTiming.longPollSeconds, interrupt.signal),
        );
        if (outcome.held !== null && outcome.applied === 0) {
          await sleep(delay);
          delay = later(delay);
        } else {
          delay = syncTiming.minDelayMs;
        }
      } catch (error) {
        if (stopped) return;
        if (interrupt.signal.aborted) continue;
        failed(error);
        await sleep(delay);
        delay = later(delay);
      }
    }
  }

  const checker = setInterval(() => void push(), syncTiming.checkEveryMs);
  checker.unref();
  void receiveLoop().catch((error: unknown) => {
    if (!stopped) console.error(error);
  });
  void push();

  return {
    address,
    poke: () => void push(),
    async syncNow() {
      if (stopped) return;
      pushNotBefore = 0;
      peerRetry.clear();
      wakeAll();
      // Take the inbox's next turn before the interrupted long poll queues up again.
      pollInterrupt?.abort();
      const received = withReceiveLock(() => receiveRound(0)).catch((error: unknown) => {
        failed(error);
      });
      await push();
      await received;
    },
    stop() {
      stopped = true;
      clearInterval(checker);
      stopper.abort();
      wakeAll();
    },
  };
}
