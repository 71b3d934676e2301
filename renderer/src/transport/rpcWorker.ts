import { postRpc, type WebCredentials } from './httpRpc.ts';

/** A call handed to the worker by api.ts's `invokeInBackground`. */
export interface WorkerCall {
  readonly id: number;
  readonly channel: string;
  readonly input: unknown;
  readonly credentials: WebCredentials;
}

// The page's DOM typings describe `self` as a window; a worker has only these two.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerCall>) => void) | null;
  postMessage(message: unknown): void;
};

/**
 * Encodes and sends large calls (a long material's autosave) away from the page's main thread:
 * escaping and encoding a 650 KB document there held up typing by 40–60 ms (npm run bench).
 */
scope.onmessage = ({ data }) => {
  void postRpc(data.channel, data.input, data.credentials).then((result) =>
    scope.postMessage({ id: data.id, result }),
  );
};
