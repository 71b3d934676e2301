import type { ChannelName, ChannelOutput, ParsedInput } from '../../../shared/contract/channels.ts';
import type { CallContext } from '../callContext.ts';

export type Handler<K extends ChannelName> = (
  input: ParsedInput<K>,
  context: CallContext,
) => ChannelOutput<K> | Promise<ChannelOutput<K>>;

export type Handlers = { readonly [K in ChannelName]: Handler<K> };
