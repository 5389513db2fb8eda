import type { AccountsApi, EventsApi, FlowsApi, MetricsApi, ProfilesApi, Session } from 'klaviyo-api';

/**
 * The official SDK's API classes we use, each bound to a session and the account's base URL.
 *
 * Loaded on first use rather than at start-up: the SDK registers all ~5,800 of its model modules
 * when it loads, which costs about a second that the app should not spend before its window opens
 * (or at all, on the demo store until a sync starts). Node caches the module after the first load.
 */
interface SdkApis {
  accounts: AccountsApi;
  events: EventsApi;
  flows: FlowsApi;
  metrics: MetricsApi;
  profiles: ProfilesApi;
}

export async function sdkApi<Name extends keyof SdkApis>(name: Name, session: Session, basePath: string): Promise<SdkApis[Name]> {
  const sdk = await import('klaviyo-api');
  const classes = {
    accounts: sdk.AccountsApi,
    events: sdk.EventsApi,
    flows: sdk.FlowsApi,
    metrics: sdk.MetricsApi,
    profiles: sdk.ProfilesApi,
  };
  const api = new classes[name](session) as SdkApis[Name];
  api.basePath = basePath;
  return api;
}
