import type { ChannelName, ChannelOutput, EventName, EventPayload, Handlers, ParsedInput } from '../../shared/ipc/contract';
import type { EventSink } from '../ports';

/** An event and its payload, paired as the contract pairs them. */
type Announcement = { [E in EventName]: readonly [E, EventPayload<E>] }[EventName];

type ChangeEvents = { [C in ChannelName]?: (output: ChannelOutput<C>, input: ParsedInput<C>) => Announcement };

/**
 * The mutating channels and the event each announces once it succeeded: the one place a change a
 * person made is announced, whichever host made the call. Changes a sync makes (alerts fired or
 * resolved by the evaluation) are announced where they happen.
 */
export const changeEvents: ChangeEvents = {
  'alerts:dismiss': (alert) => ['alerts:changed', { accountId: alert.accountId }],
  'alerts:snooze': (alert) => ['alerts:changed', { accountId: alert.accountId }],
  'incidents:dismiss': (incident) => ['alerts:changed', { accountId: incident.accountId }],
  'incidents:restore': (incident) => ['alerts:changed', { accountId: incident.accountId }],
  'incidents:snooze': (incident) => ['alerts:changed', { accountId: incident.accountId }],
  'incidents:unsnooze': (incident) => ['alerts:changed', { accountId: incident.accountId }],
  'monitors:set': (monitor) => ['alerts:changed', { accountId: monitor.accountId }],
  'settings:set': (settings) => ['settings:changed', settings],
};

/** The handlers, each mutating one followed by its announcement when it succeeds (a refusal announces nothing). */
export function announcingChanges(handlers: Handlers, events: EventSink): Handlers {
  const wrapped: Handlers = { ...handlers };
  for (const channel of Object.keys(changeEvents) as ChannelName[]) {
    // One channel at a time: the table's entry and the handler share `channel`, which TypeScript
    // cannot correlate across the union, so both are called through widened signatures.
    const announce = changeEvents[channel] as (output: unknown, input: unknown) => Announcement;
    const handler = handlers[channel] as (input: unknown) => unknown;
    const announcing = async (input: unknown) => {
      const output = await handler(input);
      const [event, payload] = announce(output, input);
      (events.emit as (event: EventName, payload: unknown) => void)(event, payload);
      return output;
    };
    Object.assign(wrapped, { [channel]: announcing });
  }
  return wrapped;
}
