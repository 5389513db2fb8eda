import { describe, expect, it } from 'vitest';
import type { Alert } from '../../../shared/domain/alert';
import { settingsSchema } from '../../../shared/domain/settings';
import { createHandlers, type HandlerServices } from '../../../main/handlers/create-handlers';
import { recordingEventSink } from '../../support/fake-ports';

const alert = (state: Alert['state']): Alert =>
  ({ id: 'alert-1', accountId: 'acct-1', state }) as Alert;

/** Only what the alert channels reach; the rest of the services are never called here. */
function handlersOver(alerts: Partial<HandlerServices['alerts']>, settings: Partial<HandlerServices['settings']> = {}) {
  const events = recordingEventSink();
  const services = { alerts, settings, accounts: { get: () => ({ id: 'acct-1' }) }, events } as unknown as HandlerServices;
  return { handlers: createHandlers(services), events };
}

describe('the handler layer announces what a mutating call changed, once', () => {
  it('alerts:dismiss emits alerts:changed for the alert\'s account', async () => {
    const { handlers, events } = handlersOver({ dismiss: () => alert('dismissed') });
    await handlers['alerts:dismiss']({ alertId: 'alert-1' });
    expect(events.emitted).toEqual([{ event: 'alerts:changed', payload: { accountId: 'acct-1' } }]);
  });

  it('alerts:snooze emits alerts:changed for the alert\'s account', async () => {
    const { handlers, events } = handlersOver({ snooze: () => alert('snoozed') });
    await handlers['alerts:snooze']({ alertId: 'alert-1', days: 30 });
    expect(events.emitted).toEqual([{ event: 'alerts:changed', payload: { accountId: 'acct-1' } }]);
  });

  it('a refused call announces nothing', async () => {
    const { handlers, events } = handlersOver({
      dismiss: () => {
        throw new Error('no such alert');
      },
    });
    await expect(Promise.resolve().then(() => handlers['alerts:dismiss']({ alertId: 'alert-1' }))).rejects.toThrow('no such alert');
    expect(events.emitted).toEqual([]);
  });

  it('a read announces nothing', async () => {
    const { handlers, events } = handlersOver({ list: () => [alert('active')] });
    await handlers['alerts:list'](undefined);
    expect(events.emitted).toEqual([]);
  });

  it('settings:set emits settings:changed with the stored settings, once', async () => {
    const stored = settingsSchema.parse({ language: 'fr' });
    const { handlers, events } = handlersOver({}, { update: () => stored });
    await handlers['settings:set']({ language: 'fr' });
    expect(events.emitted).toEqual([{ event: 'settings:changed', payload: stored }]);
  });

  it('a settings change that could not be saved announces nothing', async () => {
    const { handlers, events } = handlersOver({}, {
      update: () => {
        throw new Error('preferences could not be saved');
      },
    });
    await expect(Promise.resolve().then(() => handlers['settings:set']({ theme: 'dark' }))).rejects.toThrow('could not be saved');
    expect(events.emitted).toEqual([]);
  });
});
