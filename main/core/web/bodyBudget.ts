/**
 * The request-body bytes held in memory across all requests at once. Each request's limit bounds
 * one body; this bounds how many are buffered together, so a burst of large calls is refused (and
 * retried) instead of growing the process without end.
 */
export class BodyBudget {
  readonly capacity: number;
  #inFlight = 0;

  constructor(capacity: number) {
    this.capacity = capacity;
  }

  get inFlight(): number {
    return this.#inFlight;
  }

  /** Takes `bytes` from the budget if they fit; false (and nothing taken) if they do not. */
  tryReserve(bytes: number): boolean {
    if (bytes < 0 || this.#inFlight + bytes > this.capacity) return false;
    this.#inFlight += bytes;
    return true;
  }

  release(bytes: number): void {
    this.#inFlight = Math.max(0, this.#inFlight - bytes);
  }
}
