/** Quiet time after the last call before upkeep runs. */
export const quietMs = 200;

/**
 * Work the core does only while no call is running: each step short (a call arriving waits for
 * at most one), returning whether more remains.
 */
export interface QuietTask {
  step(): boolean;
}

export interface QuietTime {
  /** Around every call: no step runs while one is in progress, and a call ends a pass. */
  track<T>(call: () => Promise<T>): Promise<T>;
  /** Resolves once every task has run to its end with no call in between. */
  whenSettled(): Promise<void>;
  stop(): void;
}

/**
 * Runs `tasks` in order, a step per turn of the event loop, once the core has been quiet for
 * `quietMs`: upkeep such as merging the search index and checkpointing the log happens between
 * calls instead of inside the call that happens to cross a threshold. A call starting ends the
 * pass; the next quiet time starts the tasks again from the first.
 */
export function quietTime(tasks: readonly QuietTask[], options = { quietMs }): QuietTime {
  let running = 0;
  let callsStarted = 0;
  let lastCallEnded = Number.NEGATIVE_INFINITY;
  let timer: NodeJS.Timeout | undefined;
  let passing = false;
  let stopped = false;
  let waiters: (() => void)[] = [];

  const settle = (): void => {
    const settled = waiters;
    waiters = [];
    for (const resolve of settled) resolve();
  };
  const arm = (delay: number): void => {
    if (timer !== undefined || passing || stopped) return;
    timer = setTimeout(fire, delay);
    timer.unref();
  };
  function fire(): void {
    timer = undefined;
    if (running > 0) return;
    const quiet = performance.now() - lastCallEnded;
    if (quiet < options.quietMs) return arm(options.quietMs - quiet);
    passing = true;
    step(0, callsStarted);
  }
  function step(index: number, callsAtStart: number): void {
    if (stopped) return;
    // A call started since the pass began (it may still be running): end the pass.
    if (callsStarted !== callsAtStart) {
      passing = false;
      if (running === 0) arm(options.quietMs);
      return;
    }
    const task = tasks[index];
    if (task === undefined) {
      passing = false;
      settle();
      return;
    }
    let more = false;
    try {
      more = task.step();
    } catch {
      // Busy or closed: the next quiet time tries again.
    }
    setImmediate(() => step(more ? index : index + 1, callsAtStart));
  }

  return {
    async track(call) {
      running++;
      callsStarted++;
      try {
        return await call();
      } finally {
        running--;
        lastCallEnded = performance.now();
        arm(options.quietMs);
      }
    },
    whenSettled() {
      return new Promise((resolve) => {
        if (stopped) return resolve();
        waiters.push(resolve);
        arm(0);
        // Someone waits: the process stays up for the pass (an unref'd timer would let it exit).
        timer?.ref();
      });
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
      settle();
    },
  };
}
