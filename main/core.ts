import type { Handlers } from '../shared/ipc/contract';
import { composeServices, type CoreOptions } from './compose-services';
import { invokeThrough, type Dispatch, type Invoke } from './ipc-dispatcher';
import type { Ports } from './ports';

export type { CoreOptions } from './compose-services';

/**
 * What a host gets: the contract's handlers, the dispatcher every call passes, a typed call over
 * it for the host's own actions, and the lifecycle. No service, cache or database: a host acts as
 * the renderer does, so there is one path for every action.
 */
export interface Core {
  handlers: Handlers;
  dispatch: Dispatch;
  /** `invoke('sync:now', undefined)`: a typed call through `dispatch`. */
  invoke: Invoke;
  dispose(): Promise<void>;
}

/** Builds every service from the ports (see compose-services.ts) and hands the host its share. */
export function createCore(ports: Ports, options: CoreOptions): Core {
  const services = composeServices(ports, options);
  const core: Core = {
    handlers: services.handlers,
    dispatch: services.dispatch,
    // Through `core.dispatch` as it is at call time, so a host that wraps it (a counter) sees every action.
    invoke: invokeThrough(() => core.dispatch),
    dispose: () => services.dispose(),
  };
  return core;
}
