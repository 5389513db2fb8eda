import type { AggregateSeries, ApiFlow, ApiMetric, KlaviyoAccount, KlaviyoClient, ProfileEvent, ProfileMatch } from '../../main/api';

/**
 * One pass of the real client through all seven operations, one call after the other (so that a
 * simulator's fault draws, keyed by request number, are the same on every run), as a sync and a
 * test-order check make them: the account, every metric and flow, one metric's flows, its hourly
 * series over more than 7 days (two requests) and its daily series, a profile and its events.
 */
export interface EveryOperation {
  account: KlaviyoAccount;
  metrics: ApiMetric[];
  flows: ApiFlow[];
  triggeredFlows: ApiFlow[];
  hourly: AggregateSeries;
  daily: AggregateSeries;
  profile: ProfileMatch | null;
  events: ProfileEvent[];
}

export interface EveryOperationInput {
  /** The metric whose flows, series and events are read; default: the first one listed. */
  metricName?: string;
  /** The profile looked up. */
  email: string;
  /** Series cover [start, end); hourly ones longer than 7 days are split by the client. */
  start: Date;
  end: Date;
}

export async function runEveryOperation(client: KlaviyoClient, input: EveryOperationInput): Promise<EveryOperation> {
  const account = await client.getAccount();
  const metrics = await client.listMetrics();
  const metric = metrics.find((candidate) => input.metricName === undefined || candidate.name === input.metricName);
  if (metric === undefined) throw new Error(`No metric named ${input.metricName ?? '(any)'}`);
  const flows = await client.listFlows();
  const triggeredFlows = await client.listFlowsTriggeredByMetric(metric.id);
  const series = { metricId: metric.id, start: input.start, end: input.end, timezone: account.timezone ?? 'UTC' };
  const hourly = await client.queryMetricAggregates({ ...series, interval: 'hour' });
  const daily = await client.queryMetricAggregates({ ...series, interval: 'day' });
  const profile = await client.findProfileByEmail(input.email);
  const events = profile === null ? [] : await client.listEventsForProfile({ profileId: profile.id, metricId: metric.id, since: input.start });
  return { account, metrics, flows, triggeredFlows, hourly, daily, profile, events };
}
