import { AccountsApi, EventsApi, FlowsApi, MetricsApi, ProfilesApi, type Session } from 'klaviyo-api';

/** The official SDK's API classes we use, each bound to a session and the account's base URL. */
const sdkClasses = {
  accounts: AccountsApi,
  events: EventsApi,
  flows: FlowsApi,
  metrics: MetricsApi,
  profiles: ProfilesApi,
};

type SdkApis = { [Name in keyof typeof sdkClasses]: InstanceType<(typeof sdkClasses)[Name]> };

export function sdkApi<Name extends keyof SdkApis>(name: Name, session: Session, basePath: string): SdkApis[Name] {
  const api = new sdkClasses[name](session) as SdkApis[Name];
  api.basePath = basePath;
  return api;
}
