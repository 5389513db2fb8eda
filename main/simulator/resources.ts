import { pickAttributes, relationshipLinks, resourceLink } from './json-api';
import { formatInstant } from './time';
import type { VisibleProfile } from './test-orders';
import type { SimAccount, SimEvent, SimFlow, SimMetric } from './world';

/**
 * The resource objects of the spec's response schemas (`AccountResponseObjectResource`,
 * `MetricResponseObjectResource`, ...). Relationships always carry their links; to-many `data` is
 * sent only when the relationship is included, to-one `data` always (our reading: the schema
 * requires neither).
 */
export type Resource = Record<string, unknown>;

export function accountResource(baseUrl: string, account: SimAccount, fields: readonly string[] | undefined): Resource {
  const source = account.source;
  return {
    type: 'account',
    id: account.id,
    attributes: pickAttributes(
      {
        test_account: source.testAccount,
        contact_information: {
          default_sender_name: source.name,
          default_sender_email: source.senderEmail ?? `hello@${account.id.toLowerCase()}.example.com`,
          website_url: source.website,
          organization_name: source.name,
          street_address: source.address,
        },
        industry: source.industry,
        timezone: source.timezone,
        preferred_currency: source.currency,
        public_api_key: source.publicKey,
        locale: source.locale,
      },
      fields,
    ),
    links: resourceLink(baseUrl, 'accounts', account.id),
  };
}

export function metricResource(
  baseUrl: string,
  metric: SimMetric,
  fields: readonly string[] | undefined,
  flowTriggerIds: readonly string[] | undefined,
): Resource {
  return {
    type: 'metric',
    id: metric.id,
    attributes: pickAttributes({ name: metric.name, created: metric.created, updated: metric.updated, integration: metric.integration }, fields),
    relationships: {
      'flow-triggers': {
        ...(flowTriggerIds === undefined ? {} : { data: flowTriggerIds.map((id) => ({ type: 'flow', id })) }),
        links: relationshipLinks(baseUrl, 'metrics', metric.id, 'flow-triggers'),
      },
    },
    links: resourceLink(baseUrl, 'metrics', metric.id),
  };
}

export function flowResource(baseUrl: string, flow: SimFlow, fields: readonly string[] | undefined, included: readonly string[] = []): Resource {
  // We model no flow actions or tags: included, they are empty lists.
  const toMany = (name: string) => ({
    ...(included.includes(name) ? { data: [] } : {}),
    links: relationshipLinks(baseUrl, 'flows', flow.id, name),
  });
  return {
    type: 'flow',
    id: flow.id,
    attributes: pickAttributes(
      {
        name: flow.name,
        status: flow.status,
        archived: flow.archived,
        created: formatInstant(flow.createdMs),
        updated: formatInstant(flow.updatedMs),
        trigger_type: flow.triggerType,
      },
      fields,
    ),
    relationships: { 'flow-actions': toMany('flow-actions'), tags: toMany('tags') },
    links: resourceLink(baseUrl, 'flows', flow.id),
  };
}

export interface ProfileOptions {
  readonly fields: readonly string[] | undefined;
  readonly additionalFields?: readonly string[];
  readonly included?: readonly string[];
}

export function profileResource(baseUrl: string, profile: VisibleProfile, options: ProfileOptions): Resource {
  const additional = options.additionalFields ?? [];
  const toMany = (name: string) => ({
    ...(options.included?.includes(name) ? { data: [] } : {}),
    links: relationshipLinks(baseUrl, 'profiles', profile.id, name),
  });
  return {
    type: 'profile',
    id: profile.id,
    attributes: pickAttributes(
      {
        email: profile.email,
        phone_number: profile.phoneNumber,
        external_id: profile.externalId,
        first_name: profile.firstName,
        last_name: profile.lastName,
        organization: null,
        locale: null,
        title: null,
        image: null,
        created: formatInstant(profile.createdMs),
        updated: formatInstant(profile.updatedMs),
        last_event_date: profile.lastEventMs === null ? null : formatInstant(profile.lastEventMs),
        location: {
          address1: null,
          address2: null,
          city: profile.city,
          country: profile.country,
          latitude: null,
          longitude: null,
          region: profile.region,
          zip: null,
          timezone: null,
          ip: null,
        },
        properties: profile.properties,
        // Sent only when asked for through additional-fields[profile]; we model neither.
        ...(additional.includes('subscriptions') ? { subscriptions: null } : {}),
        ...(additional.includes('predictive_analytics') ? { predictive_analytics: null } : {}),
      },
      options.fields,
    ),
    relationships: {
      lists: toMany('lists'),
      segments: toMany('segments'),
      'push-tokens': toMany('push-tokens'),
      conversations: toMany('conversations'),
    },
    links: resourceLink(baseUrl, 'profiles', profile.id),
  };
}

export function eventResource(baseUrl: string, event: SimEvent, fields: readonly string[] | undefined, included: readonly string[]): Resource {
  return {
    type: 'event',
    id: event.id,
    attributes: pickAttributes(
      {
        timestamp: Math.floor(event.timeMs / 1000),
        event_properties: event.properties,
        datetime: formatInstant(event.timeMs),
        uuid: event.uuid,
      },
      fields,
    ),
    relationships: {
      profile: { data: { type: 'profile', id: event.profileId }, links: relationshipLinks(baseUrl, 'events', event.id, 'profile') },
      metric: { data: { type: 'metric', id: event.metricId }, links: relationshipLinks(baseUrl, 'events', event.id, 'metric') },
      attributions: {
        ...(included.includes('attributions') ? { data: [] } : {}),
        links: relationshipLinks(baseUrl, 'events', event.id, 'attributions'),
      },
    },
    links: resourceLink(baseUrl, 'events', event.id),
  };
}
