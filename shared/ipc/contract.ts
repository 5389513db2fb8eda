import { trendNoticeSchema } from '../domain/trend';
import { z } from 'zod';
import { accountPreviewSchema, accountSummarySchema, apiKeyInputSchema } from '../domain/account';
import { flowSchema } from '../domain/flow';
import { expectedPointSchema, headlineGroupSchema, metricSchema, seriesPointSchema, seriesQuerySchema } from '../domain/metric';
import { alertSchema, alertStateSchema, alertTransitionSchema, snoozeDaysSchema } from '../domain/alert';
import { appInfoSchema } from '../domain/app-info';
import { diagnosisSchema } from '../domain/diagnosis';
import { incidentSchema } from '../domain/incident';
import { metricMonitorPatchSchema, metricMonitorSchema } from '../domain/metric-monitor';
import { entityIdSchema } from '../domain/ids';
import type { Result } from '../domain/errors';
import { navigateEventSchema } from '../domain/navigation';
import { settingsPatchSchema, settingsSchema } from '../domain/settings';
import { accountStatusSchema, syncProgressSchema } from '../domain/sync';
import { syncRunSchema } from '../domain/sync-run';
import { syncSummarySchema } from '../domain/sync-summary';
import { wizardSessionSummarySchema, wizardStartSchema, wizardUpdateSchema, wizardViewSchema } from '../domain/wizard';

/**
 * The one description of what crosses between the renderer and main. Channel names are
 * `domain:verb`; no channel string is written anywhere else. The preload, the browser host's
 * bridge, main's handlers and the renderer's API type are all derived from this object.
 */
const noInput = z.undefined();
const idSchema = entityIdSchema;

export const channels = {
  'app:info': { input: noInput, output: appInfoSchema },
  /** Shows the log folder in the system's file manager; hosts without one answer `opened: false`. */
  'app:openLogs': { input: noInput, output: z.object({ opened: z.boolean() }) },
  'accounts:list': { input: noInput, output: z.array(accountSummarySchema) },
  'accounts:preview': { input: z.strictObject({ key: apiKeyInputSchema }), output: accountPreviewSchema },
  'accounts:add': {
    input: z.strictObject({ key: apiKeyInputSchema }),
    output: z.object({ account: accountSummarySchema, keyWasTrimmed: z.boolean() }),
  },
  'accounts:remove': { input: z.strictObject({ accountId: idSchema }), output: z.object({ removed: z.boolean() }) },
  'accounts:addDemo': { input: noInput, output: z.array(accountSummarySchema) },
  'accounts:status': { input: noInput, output: z.array(accountStatusSchema) },
  'sync:now': {
    input: z.strictObject({ accountId: idSchema.optional() }).optional(),
    output: z.object({ started: z.array(z.string()) }),
  },
  'sync:cancel': { input: z.strictObject({ accountId: idSchema }), output: z.object({ cancelled: z.boolean() }) },
  /** One complete sync of the account, answered when it ends (the command line; the screens use sync:now). */
  'sync:run': { input: z.strictObject({ accountId: idSchema }), output: syncSummarySchema },
  /** The account's latest sync runs, newest first (Settings > Recent syncs). */
  'sync:history': {
    input: z.strictObject({ accountId: idSchema, limit: z.number().int().min(1).max(100).optional() }),
    output: z.array(syncRunSchema),
  },
  'metrics:list': { input: z.strictObject({ accountId: idSchema }), output: z.array(metricSchema) },
  /** The metrics Home summarises, most telling first, chosen from the account's own metrics. */
  'metrics:headlines': { input: z.strictObject({ accountId: idSchema }), output: z.array(headlineGroupSchema) },
  'metrics:series': { input: seriesQuerySchema, output: z.array(seriesPointSchema) },
  'metrics:expected': { input: seriesQuerySchema, output: z.array(expectedPointSchema) },
  'flows:list': { input: z.strictObject({ accountId: idSchema }), output: z.array(flowSchema) },
  'alerts:list': {
    input: z.strictObject({ accountId: idSchema.optional(), states: z.array(alertStateSchema).max(4).optional() }).optional(),
    output: z.array(alertSchema),
  },
  'alerts:dismiss': { input: z.strictObject({ alertId: idSchema }), output: alertSchema },
  'alerts:snooze': { input: z.strictObject({ alertId: idSchema, days: snoozeDaysSchema }), output: alertSchema },
  'alerts:history': {
    input: z.strictObject({ accountId: idSchema.optional(), limit: z.number().int().min(1).max(1000).optional() }).optional(),
    output: z.array(alertTransitionSchema),
  },
  /**
   * What the alerts state holds, in one call: every account's alerts, the latest history, the open
   * diagnoses and the incidents (open ones, and the latest ended ones up to `incidentLimit`).
   */
  'alerts:overview': {
    input: z
      .strictObject({ historyLimit: z.number().int().min(1).max(1000).optional(), incidentLimit: z.number().int().min(1).max(1000).optional() })
      .optional(),
    output: z.object({
      alerts: z.array(alertSchema).max(10_000),
      history: z.array(alertTransitionSchema).max(1000),
      diagnoses: z.array(diagnosisSchema).max(10_000),
      incidents: z.array(incidentSchema).max(10_000),
      /** Metrics in a slow decline (quiet notices, not alerts). */
      trends: z.array(trendNoticeSchema).max(10_000),
    }),
  },
  /** Newest first: the open incidents, then the ended ones, up to `limit` (default 200). */
  'incidents:list': {
    input: z.strictObject({ accountId: idSchema.optional(), limit: z.number().int().min(1).max(1000).optional() }).optional(),
    output: z.array(incidentSchema).max(10_000),
  },
  'incidents:get': { input: z.strictObject({ incidentId: idSchema }), output: incidentSchema },
  /** Hidden from Home, the badges and the tray until a member drops anew; `incidents:restore` takes it back. */
  'incidents:dismiss': { input: z.strictObject({ incidentId: idSchema }), output: incidentSchema },
  /** Undoes a dismiss: the incident shows again as it was. */
  'incidents:restore': { input: z.strictObject({ incidentId: idSchema }), output: incidentSchema },
  /** No notification for its metrics until then; badges stay, muted, while the drop lasts. */
  'incidents:snooze': { input: z.strictObject({ incidentId: idSchema, days: snoozeDaysSchema }), output: incidentSchema },
  'incidents:unsnooze': { input: z.strictObject({ incidentId: idSchema }), output: incidentSchema },
  /** Marks incidents read in the notification centre (stored in the cache). */
  'incidents:markRead': { input: z.strictObject({ incidentIds: z.array(idSchema).min(1).max(1000) }), output: z.object({ marked: z.number().int() }) },
  /** The account's metrics whose monitor differs from the defaults: muted, own sensitivity, minimum volume. */
  'monitors:list': { input: z.strictObject({ accountId: idSchema }), output: z.array(metricMonitorSchema).max(10_000) },
  'monitors:get': { input: z.strictObject({ accountId: idSchema, metricId: idSchema }), output: metricMonitorSchema },
  /** Changes one metric's monitor; a change that can alter a verdict re-judges the metric from the cache at once. */
  'monitors:set': { input: metricMonitorPatchSchema, output: metricMonitorSchema },
  'diagnoses:list': { input: z.strictObject({ accountId: idSchema.optional() }).optional(), output: z.array(diagnosisSchema) },
  'wizards:list': { input: z.strictObject({ accountId: idSchema.optional() }).optional(), output: z.array(wizardSessionSummarySchema) },
  'wizards:start': { input: wizardStartSchema, output: wizardViewSchema },
  'wizards:get': { input: z.strictObject({ sessionId: idSchema }), output: wizardViewSchema },
  'wizards:update': { input: wizardUpdateSchema, output: wizardViewSchema },
  'wizards:remove': { input: z.strictObject({ sessionId: idSchema }), output: z.object({ removed: z.boolean() }) },
  /** One look at the account for the test order's profile and Placed Order event. */
  'wizards:checkTestOrder': { input: z.strictObject({ sessionId: idSchema }), output: wizardViewSchema },
  'wizards:cancelTestOrder': { input: z.strictObject({ sessionId: idSchema }), output: wizardViewSchema },
  /** Demo accounts only: the embedded store places the order itself. */
  'wizards:simulateTestOrder': { input: z.strictObject({ sessionId: idSchema }), output: wizardViewSchema },
  'settings:get': { input: noInput, output: settingsSchema },
  'settings:set': { input: settingsPatchSchema, output: settingsSchema },
} as const satisfies Record<`${string}:${string}`, { input: z.ZodType; output: z.ZodType }>;

/** Main -> renderer messages. */
export const events = {
  'app:navigate': navigateEventSchema,
  'settings:changed': settingsSchema,
  'sync:progress': syncProgressSchema,
  'accounts:status': accountStatusSchema,
  /** Alerts or diagnoses of the account changed (fired, resolved, dismissed, snoozed...). */
  'alerts:changed': z.object({ accountId: z.string() }),
  /** A new drop episode (or a snooze that ran out on a drop still under way): once per episode. */
  'alerts:fired': z.object({ accountName: z.string(), alert: alertSchema }),
  /** A new incident (or a snooze that ran out on one still under way): once per incident, not per metric. */
  'incidents:fired': z.object({ incident: incidentSchema }),
  /** Every member of the incident has been back to normal for the recovery time. */
  'incidents:resolved': z.object({ incident: incidentSchema }),
} as const satisfies Record<`${string}:${string}`, z.ZodType>;

export type ChannelName = keyof typeof channels;
export type EventName = keyof typeof events;

/** What the caller passes (before defaults are applied). */
export type ChannelInput<C extends ChannelName> = z.input<(typeof channels)[C]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInput<C extends ChannelName> = z.output<(typeof channels)[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<(typeof channels)[C]['output']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const channelNames = Object.keys(channels) as ChannelName[];
export const eventNames = Object.keys(events) as EventName[];

export function isChannelName(value: string): value is ChannelName {
  return Object.hasOwn(channels, value);
}

export function isEventName(value: string): value is EventName {
  return Object.hasOwn(events, value);
}

/** Main's side: one function per channel. A missing or extra key fails `tsc` (`satisfies Handlers`). */
export type Handlers = {
  [C in ChannelName]: (input: ParsedInput<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
};

type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never;
type CallArgs<C extends ChannelName> = undefined extends ChannelInput<C>
  ? [input?: ChannelInput<C>]
  : [input: ChannelInput<C>];

/** The renderer's side: `window.storepulse.settings.set({...})`, grouped by domain. */
export type StorepulseApi = {
  [D in DomainOf<ChannelName>]: {
    [C in ChannelName as C extends `${D}:${infer V}` ? V : never]: (
      ...args: CallArgs<C>
    ) => Promise<Result<ChannelOutput<C>>>;
  };
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};
