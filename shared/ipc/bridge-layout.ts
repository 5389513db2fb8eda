import { channelNames, type ChannelName } from './contract';

/**
 * The shape of `window.storepulse` as plain data: domain -> verb -> channel. The preload and the
 * browser host's injected script both build their functions by walking this, so the two bridges
 * cannot drift apart from the contract or from each other.
 */
export type BridgeLayout = Record<string, Record<string, ChannelName>>;

export function bridgeLayout(): BridgeLayout {
  const layout: BridgeLayout = {};
  for (const channel of channelNames) {
    const [domain, verb] = channel.split(':') as [string, string];
    (layout[domain] ??= {})[verb] = channel;
  }
  return layout;
}

/** Builds the nested object of functions from the layout over any transport. */
export function buildBridgeObject(
  invoke: (channel: ChannelName, input: unknown) => Promise<unknown>,
  subscribe: (event: string, listener: (payload: unknown) => void) => () => void,
): Record<string, unknown> {
  const api: Record<string, unknown> = {};
  for (const [domain, verbs] of Object.entries(bridgeLayout())) {
    const group: Record<string, (input?: unknown) => Promise<unknown>> = {};
    for (const [verb, channel] of Object.entries(verbs)) {
      group[verb] = (input?: unknown) => invoke(channel, input);
    }
    api[domain] = Object.freeze(group);
  }
  api['on'] = subscribe;
  return Object.freeze(api);
}
