import { useCallback, useEffect, useState } from 'react';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract/channels.ts';
import type { ErrorPayload } from '../../shared/contract/result.ts';
import { invoke } from './api.ts';

export type Loadable<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly value: T }
  | { readonly state: 'failed'; readonly error: ErrorPayload };

/** Loads a read channel when mounted and whenever `input` changes (by value); `reload` refreshes. */
export function useChannel<K extends ChannelName>(
  channel: K,
  input: ChannelInput<K>,
): [Loadable<ChannelOutput<K>>, () => void] {
  const [loadable, setLoadable] = useState<Loadable<ChannelOutput<K>>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  const inputKey = JSON.stringify(input);

  useEffect(() => {
    let current = true;
    void invoke(channel, JSON.parse(inputKey) as ChannelInput<K>).then((result) => {
      if (!current) return;
      setLoadable(
        result.ok
          ? { state: 'ready', value: result.value }
          : { state: 'failed', error: result.error },
      );
    });
    return () => {
      current = false;
    };
  }, [channel, inputKey, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return [loadable, reload];
}
