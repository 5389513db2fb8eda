/**
 * The query parameters and filter rules of the seven operations, copied from the official spec
 * subset (klaviyo-openapi-subset.json, revision 2026-07-15: parameter schemas and
 * `x-klaviyo-filters`). Data only: the simulator validates requests against it, so a client bug
 * the real API would refuse is refused here too. `test/unit/simulator/spec-parameters.test.ts`
 * compares it with the spec file when one is at hand.
 */
import type { OperationName } from '../../shared/klaviyo/operations';

export type QueryParameterSpec =
  | { readonly kind: 'enum-list'; readonly values: readonly string[] }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'string' }
  | { readonly kind: 'integer'; readonly min: number; readonly max: number; readonly default: number };

export type FilterValueType = 'string' | 'boolean' | 'number' | 'date-time' | 'none';

export interface FilterFieldSpec {
  /** Operators taking one value. */
  readonly single: readonly string[];
  /** Operators taking a list of values (`any(id,['a','b'])`). */
  readonly list: readonly string[];
  /** Operators taking no value (`has(profile)`). */
  readonly none: readonly string[];
  readonly type: FilterValueType;
  readonly values?: readonly string[];
}

export const specQueryParameters: Record<OperationName, Readonly<Record<string, QueryParameterSpec>>> = {
  getAccounts: {
    'fields[account]': { kind: 'enum-list', values: [
      'contact_information', 'contact_information.default_sender_email',
      'contact_information.default_sender_name', 'contact_information.organization_name',
      'contact_information.street_address', 'contact_information.street_address.address1',
      'contact_information.street_address.address2', 'contact_information.street_address.city',
      'contact_information.street_address.country', 'contact_information.street_address.region',
      'contact_information.street_address.zip', 'contact_information.website_url', 'id',
      'industry', 'locale', 'preferred_currency', 'public_api_key', 'test_account', 'timezone',
    ] },
  },
  getMetrics: {
    'fields[flow]': { kind: 'enum-list', values: [
      'archived', 'created', 'id', 'name', 'status', 'trigger_type', 'updated',
    ] },
    'fields[metric]': { kind: 'enum-list', values: [
      'created', 'id', 'integration', 'name', 'updated',
    ] },
    'filter': { kind: 'string' },
    'include': { kind: 'enum-list', values: [
      'flow-triggers',
    ] },
    'page[cursor]': { kind: 'string' },
  },
  queryMetricAggregates: {
    'fields[metric-aggregate]': { kind: 'enum-list', values: [
      'data', 'dates', 'id',
    ] },
  },
  getFlows: {
    'fields[flow-action]': { kind: 'enum-list', values: [
      'created', 'definition', 'definition.data', 'definition.data.action_output_filter',
      'definition.data.action_output_filter.condition_groups', 'definition.data.branches',
      'definition.data.current_experiment', 'definition.data.current_experiment.allocations',
      'definition.data.current_experiment.automatic_winner_selection_settings',
      'definition.data.current_experiment.automatic_winner_selection_settings.automatic_end_date',
      'definition.data.current_experiment.automatic_winner_selection_settings.automatic_end_statistical_certainty',
      'definition.data.current_experiment.automatic_winner_selection_settings.enabled',
      'definition.data.current_experiment.id', 'definition.data.current_experiment.name',
      'definition.data.current_experiment.started',
      'definition.data.current_experiment.variations',
      'definition.data.current_experiment.winner_metric', 'definition.data.delay_until_time',
      'definition.data.delay_until_weekdays', 'definition.data.experiment_status',
      'definition.data.list_id', 'definition.data.main_action', 'definition.data.main_action.data',
      'definition.data.main_action.data.message',
      'definition.data.main_action.data.message.action_buttons',
      'definition.data.main_action.data.message.add_info_link',
      'definition.data.main_action.data.message.add_opt_out_language',
      'definition.data.main_action.data.message.add_org_prefix',
      'definition.data.main_action.data.message.add_tracking_params',
      'definition.data.main_action.data.message.additional_filters',
      'definition.data.main_action.data.message.additional_filters.condition_groups',
      'definition.data.main_action.data.message.android_link',
      'definition.data.main_action.data.message.badge',
      'definition.data.main_action.data.message.badge_options',
      'definition.data.main_action.data.message.badge_options.badge_config',
      'definition.data.main_action.data.message.badge_options.set_from_property',
      'definition.data.main_action.data.message.badge_options.value',
      'definition.data.main_action.data.message.bcc_email',
      'definition.data.main_action.data.message.body',
      'definition.data.main_action.data.message.cc_email',
      'definition.data.main_action.data.message.conversion_metric_id',
      'definition.data.main_action.data.message.custom_tracking_params',
      'definition.data.main_action.data.message.dynamic_image',
      'definition.data.main_action.data.message.from_email',
      'definition.data.main_action.data.message.from_label',
      'definition.data.main_action.data.message.id',
      'definition.data.main_action.data.message.image_id',
      'definition.data.main_action.data.message.include_contact_card',
      'definition.data.main_action.data.message.ios_link',
      'definition.data.main_action.data.message.kv_pairs',
      'definition.data.main_action.data.message.message_hierarchy',
      'definition.data.main_action.data.message.name',
      'definition.data.main_action.data.message.on_open',
      'definition.data.main_action.data.message.preview_text',
      'definition.data.main_action.data.message.push_type',
      'definition.data.main_action.data.message.reply_to_email',
      'definition.data.main_action.data.message.shorten_links',
      'definition.data.main_action.data.message.smart_sending_enabled',
      'definition.data.main_action.data.message.sms_quiet_hours_enabled',
      'definition.data.main_action.data.message.sound',
      'definition.data.main_action.data.message.subject_line',
      'definition.data.main_action.data.message.template_id',
      'definition.data.main_action.data.message.title',
      'definition.data.main_action.data.message.transactional',
      'definition.data.main_action.data.message.vendor_id',
      'definition.data.main_action.data.message.video_asset_id',
      'definition.data.main_action.data.message.web_url',
      'definition.data.main_action.data.status', 'definition.data.main_action.id',
      'definition.data.main_action.links', 'definition.data.main_action.links.next',
      'definition.data.main_action.temporary_id', 'definition.data.main_action.type',
      'definition.data.message', 'definition.data.message.action_buttons',
      'definition.data.message.add_info_link', 'definition.data.message.add_opt_out_language',
      'definition.data.message.add_org_prefix', 'definition.data.message.add_tracking_params',
      'definition.data.message.additional_filters',
      'definition.data.message.additional_filters.condition_groups',
      'definition.data.message.android_link', 'definition.data.message.badge',
      'definition.data.message.badge_options',
      'definition.data.message.badge_options.badge_config',
      'definition.data.message.badge_options.set_from_property',
      'definition.data.message.badge_options.value', 'definition.data.message.bcc_email',
      'definition.data.message.body', 'definition.data.message.cc_email',
      'definition.data.message.conversion_metric_id',
      'definition.data.message.custom_tracking_params', 'definition.data.message.dynamic_image',
      'definition.data.message.from_email', 'definition.data.message.from_label',
      'definition.data.message.headers', 'definition.data.message.id',
      'definition.data.message.image_id', 'definition.data.message.include_contact_card',
      'definition.data.message.ios_link', 'definition.data.message.kv_pairs',
      'definition.data.message.message_hierarchy', 'definition.data.message.name',
      'definition.data.message.on_open', 'definition.data.message.preview_text',
      'definition.data.message.push_type', 'definition.data.message.reply_to_email',
      'definition.data.message.shorten_links', 'definition.data.message.smart_sending_enabled',
      'definition.data.message.sms_quiet_hours_enabled', 'definition.data.message.sound',
      'definition.data.message.subject_line', 'definition.data.message.template_id',
      'definition.data.message.title', 'definition.data.message.to_emails',
      'definition.data.message.transactional', 'definition.data.message.url',
      'definition.data.message.vendor_id', 'definition.data.message.video_asset_id',
      'definition.data.message.web_url', 'definition.data.name', 'definition.data.on_execution',
      'definition.data.profile_filter', 'definition.data.profile_filter.condition_groups',
      'definition.data.profile_operations', 'definition.data.secondary_value',
      'definition.data.service_configuration', 'definition.data.service_configuration.event_key',
      'definition.data.service_configuration.event_payload',
      'definition.data.service_configuration.report_id',
      'definition.data.service_configuration.service_method_type',
      'definition.data.service_configuration.tracking_company_id', 'definition.data.status',
      'definition.data.target_days', 'definition.data.target_time', 'definition.data.timezone',
      'definition.data.trigger_filter', 'definition.data.trigger_filter.condition_groups',
      'definition.data.trigger_id', 'definition.data.trigger_subtype',
      'definition.data.trigger_type', 'definition.data.unit', 'definition.data.value',
      'definition.id', 'definition.links', 'definition.links.next',
      'definition.links.next_if_false', 'definition.links.next_if_true', 'definition.temporary_id',
      'definition.type', 'id', 'updated',
    ] },
    'fields[flow]': { kind: 'enum-list', values: [
      'archived', 'created', 'id', 'name', 'status', 'trigger_type', 'updated',
    ] },
    'fields[tag]': { kind: 'enum-list', values: [
      'id', 'name',
    ] },
    'filter': { kind: 'string' },
    'include': { kind: 'enum-list', values: [
      'flow-actions', 'tags',
    ] },
    'page[cursor]': { kind: 'string' },
    'page[size]': { kind: 'integer', min: 1, max: 50, default: 50 },
    'sort': { kind: 'enum', values: [
      'created', '-created', 'id', '-id', 'name', '-name', 'status', '-status', 'trigger_type',
      '-trigger_type', 'updated', '-updated',
    ] },
  },
  getFlowsTriggeredByMetric: {
    'fields[flow]': { kind: 'enum-list', values: [
      'archived', 'created', 'id', 'name', 'status', 'trigger_type', 'updated',
    ] },
  },
  getProfiles: {
    'additional-fields[profile]': { kind: 'enum-list', values: [
      'subscriptions', 'predictive_analytics',
    ] },
    'fields[conversation]': { kind: 'enum-list', values: [
      'channel', 'id',
    ] },
    'fields[profile]': { kind: 'enum-list', values: [
      'created', 'email', 'external_id', 'first_name', 'id', 'image', 'last_event_date',
      'last_name', 'locale', 'location', 'location.address1', 'location.address2', 'location.city',
      'location.country', 'location.ip', 'location.latitude', 'location.longitude',
      'location.region', 'location.timezone', 'location.zip', 'organization', 'phone_number',
      'predictive_analytics', 'predictive_analytics.average_days_between_orders',
      'predictive_analytics.average_order_value', 'predictive_analytics.churn_probability',
      'predictive_analytics.expected_date_of_next_order', 'predictive_analytics.historic_clv',
      'predictive_analytics.historic_number_of_orders', 'predictive_analytics.predicted_clv',
      'predictive_analytics.predicted_number_of_orders',
      'predictive_analytics.ranked_channel_affinity', 'predictive_analytics.total_clv',
      'properties', 'subscriptions', 'subscriptions.email', 'subscriptions.email.marketing',
      'subscriptions.email.marketing.can_receive_email_marketing',
      'subscriptions.email.marketing.consent', 'subscriptions.email.marketing.consent_timestamp',
      'subscriptions.email.marketing.custom_method_detail',
      'subscriptions.email.marketing.double_optin', 'subscriptions.email.marketing.last_updated',
      'subscriptions.email.marketing.list_suppressions', 'subscriptions.email.marketing.method',
      'subscriptions.email.marketing.method_detail', 'subscriptions.email.marketing.suppression',
      'subscriptions.email.open_tracking', 'subscriptions.email.open_tracking.can_receive',
      'subscriptions.email.open_tracking.consent',
      'subscriptions.email.open_tracking.consent_timestamp',
      'subscriptions.email.open_tracking.created_timestamp',
      'subscriptions.email.open_tracking.last_updated',
      'subscriptions.email.open_tracking.metadata',
      'subscriptions.email.open_tracking.valid_until', 'subscriptions.mobile_push',
      'subscriptions.mobile_push.marketing',
      'subscriptions.mobile_push.marketing.can_receive_push_marketing',
      'subscriptions.mobile_push.marketing.consent',
      'subscriptions.mobile_push.marketing.consent_timestamp', 'subscriptions.sms',
      'subscriptions.sms.marketing', 'subscriptions.sms.marketing.can_receive_sms_marketing',
      'subscriptions.sms.marketing.consent', 'subscriptions.sms.marketing.consent_timestamp',
      'subscriptions.sms.marketing.last_updated', 'subscriptions.sms.marketing.method',
      'subscriptions.sms.marketing.method_detail', 'subscriptions.sms.transactional',
      'subscriptions.sms.transactional.can_receive_sms_transactional',
      'subscriptions.sms.transactional.consent',
      'subscriptions.sms.transactional.consent_timestamp',
      'subscriptions.sms.transactional.last_updated', 'subscriptions.sms.transactional.method',
      'subscriptions.sms.transactional.method_detail', 'subscriptions.whatsapp',
      'subscriptions.whatsapp.conversational', 'subscriptions.whatsapp.conversational.can_receive',
      'subscriptions.whatsapp.conversational.consent',
      'subscriptions.whatsapp.conversational.consent_timestamp',
      'subscriptions.whatsapp.conversational.created_timestamp',
      'subscriptions.whatsapp.conversational.last_updated',
      'subscriptions.whatsapp.conversational.metadata',
      'subscriptions.whatsapp.conversational.phone_number',
      'subscriptions.whatsapp.conversational.valid_until', 'subscriptions.whatsapp.marketing',
      'subscriptions.whatsapp.marketing.can_receive', 'subscriptions.whatsapp.marketing.consent',
      'subscriptions.whatsapp.marketing.consent_timestamp',
      'subscriptions.whatsapp.marketing.created_timestamp',
      'subscriptions.whatsapp.marketing.last_updated', 'subscriptions.whatsapp.marketing.metadata',
      'subscriptions.whatsapp.marketing.phone_number',
      'subscriptions.whatsapp.marketing.valid_until', 'subscriptions.whatsapp.transactional',
      'subscriptions.whatsapp.transactional.can_receive',
      'subscriptions.whatsapp.transactional.consent',
      'subscriptions.whatsapp.transactional.consent_timestamp',
      'subscriptions.whatsapp.transactional.created_timestamp',
      'subscriptions.whatsapp.transactional.last_updated',
      'subscriptions.whatsapp.transactional.metadata',
      'subscriptions.whatsapp.transactional.phone_number',
      'subscriptions.whatsapp.transactional.valid_until', 'title', 'updated',
    ] },
    'fields[push-token]': { kind: 'enum-list', values: [
      'background', 'created', 'enablement_status', 'id', 'metadata', 'metadata.app_build',
      'metadata.app_id', 'metadata.app_name', 'metadata.app_version', 'metadata.device_id',
      'metadata.device_model', 'metadata.environment', 'metadata.klaviyo_sdk',
      'metadata.manufacturer', 'metadata.os_name', 'metadata.os_version', 'metadata.sdk_version',
      'platform', 'recorded_date', 'token', 'vendor',
    ] },
    'filter': { kind: 'string' },
    'include': { kind: 'enum-list', values: [
      'conversations', 'push-tokens',
    ] },
    'page[cursor]': { kind: 'string' },
    'page[size]': { kind: 'integer', min: 1, max: 100, default: 20 },
    'sort': { kind: 'enum', values: [
      'created', '-created', 'email', '-email', 'id', '-id',
      'subscriptions.email.marketing.list_suppressions.timestamp',
      '-subscriptions.email.marketing.list_suppressions.timestamp',
      'subscriptions.email.marketing.suppression.timestamp',
      '-subscriptions.email.marketing.suppression.timestamp', 'updated', '-updated',
    ] },
  },
  getEvents: {
    'fields[attribution]': { kind: 'enum-list', values: [
      'id',
    ] },
    'fields[event]': { kind: 'enum-list', values: [
      'datetime', 'event_properties', 'id', 'timestamp', 'uuid',
    ] },
    'fields[metric]': { kind: 'enum-list', values: [
      'created', 'id', 'integration', 'name', 'updated',
    ] },
    'fields[profile]': { kind: 'enum-list', values: [
      'created', 'email', 'external_id', 'first_name', 'id', 'image', 'last_event_date',
      'last_name', 'locale', 'location', 'location.address1', 'location.address2', 'location.city',
      'location.country', 'location.ip', 'location.latitude', 'location.longitude',
      'location.region', 'location.timezone', 'location.zip', 'organization', 'phone_number',
      'properties', 'title', 'updated',
    ] },
    'filter': { kind: 'string' },
    'include': { kind: 'enum-list', values: [
      'attributions', 'metric', 'profile',
    ] },
    'page[cursor]': { kind: 'string' },
    'page[size]': { kind: 'integer', min: 1, max: 1000, default: 200 },
    'sort': { kind: 'enum', values: [
      'datetime', '-datetime', 'timestamp', '-timestamp',
    ] },
  },
};

/** `x-klaviyo-filters`: the fields and operators each operation's `filter` accepts. */
export const specFilters: Record<OperationName, Readonly<Record<string, FilterFieldSpec>>> = {
  getAccounts: {},
  getMetrics: {
    'integration.name': { single: ['equals'], list: [], none: [], type: 'string' },
    'integration.category': { single: ['equals'], list: [], none: [], type: 'string' },
  },
  queryMetricAggregates: {},
  getFlows: {
    'id': { single: [], list: ['any'], none: [], type: 'string' },
    'name': { single: ['contains', 'ends-with', 'equals', 'starts-with'], list: [], none: [], type: 'string' },
    'status': { single: ['equals'], list: [], none: [], type: 'string' },
    'archived': { single: ['equals'], list: [], none: [], type: 'boolean' },
    'created': { single: ['equals', 'greater-or-equal', 'greater-than', 'less-or-equal', 'less-than'], list: [], none: [], type: 'date-time' },
    'updated': { single: ['equals', 'greater-or-equal', 'greater-than', 'less-or-equal', 'less-than'], list: [], none: [], type: 'date-time' },
    'trigger_type': { single: ['equals'], list: [], none: [], type: 'string', values: ['Metric', 'Added to List', 'Unconfigured', 'Date Based', 'Price Drop', 'Low Inventory'] },
  },
  getFlowsTriggeredByMetric: {},
  getProfiles: {
    'id': { single: ['equals'], list: ['any', 'equals'], none: [], type: 'string' },
    'email': { single: ['equals'], list: ['any', 'equals'], none: [], type: 'string' },
    'phone_number': { single: ['equals'], list: ['any', 'equals'], none: [], type: 'string' },
    'external_id': { single: ['equals'], list: ['any', 'equals'], none: [], type: 'string' },
    '_kx': { single: ['equals'], list: [], none: [], type: 'string' },
    'created': { single: ['greater-than', 'less-than'], list: [], none: [], type: 'date-time' },
    'updated': { single: ['greater-than', 'less-than'], list: [], none: [], type: 'date-time' },
    'subscriptions.email.marketing.list_suppressions.reason': { single: ['equals'], list: [], none: [], type: 'string' },
    'subscriptions.email.marketing.list_suppressions.timestamp': { single: ['greater-or-equal', 'greater-than', 'less-or-equal', 'less-than'], list: [], none: [], type: 'date-time' },
    'subscriptions.email.marketing.list_suppressions.list_id': { single: ['equals'], list: [], none: [], type: 'string' },
    'subscriptions.email.marketing.suppression.reason': { single: ['equals'], list: [], none: [], type: 'string' },
    'subscriptions.email.marketing.suppression.timestamp': { single: ['greater-or-equal', 'greater-than', 'less-or-equal', 'less-than'], list: [], none: [], type: 'date-time' },
  },
  getEvents: {
    'metric_id': { single: ['equals'], list: ['equals'], none: [], type: 'string' },
    'profile_id': { single: ['equals'], list: [], none: [], type: 'string' },
    'profile': { single: [], list: [], none: ['has'], type: 'none' },
    'metric': { single: [], list: [], none: ['has'], type: 'none' },
    'datetime': { single: ['greater-or-equal', 'greater-than', 'less-or-equal', 'less-than'], list: [], none: [], type: 'date-time' },
    'timestamp': { single: ['greater-or-equal', 'greater-than', 'less-or-equal', 'less-than'], list: [], none: [], type: 'number' },
  },
};

/** Enums of the `MetricAggregateQuery` body. */
export const metricAggregateMeasurements = ['count', 'sum_value', 'unique'] as const;
export const metricAggregateIntervals = ['day', 'hour', 'month', 'week'] as const;
export const metricAggregateDimensions: readonly string[] = [
  '$attributed_channel', '$attributed_flow', '$attributed_message', '$attributed_variation',
  '$campaign_channel', '$flow', '$flow_channel', '$message', '$message_send_cohort',
  '$usage_amount', '$value_currency', '$variation', '$variation_send_cohort', 'Bot Click',
  'Bounce Type', 'Campaign Name', 'Client Canonical', 'Client Name', 'Client Type', 'Email Domain',
  'Failure Source', 'Failure Type', 'From Number', 'From Phone Region', 'Inbox Provider', 'List',
  'Message Format', 'Message Name', 'Message Type', 'Method', 'Segment Count', 'Subject',
  'To Number', 'To Phone Region', 'URL', 'form_id',
];
export const metricAggregateSorts: readonly string[] = [
  '$attributed_channel', '-$attributed_channel', '$attributed_flow', '-$attributed_flow',
  '$attributed_message', '-$attributed_message', '$attributed_variation', '-$attributed_variation',
  '$campaign_channel', '-$campaign_channel', '$flow', '-$flow', '$flow_channel', '-$flow_channel',
  '$message', '-$message', '$message_send_cohort', '-$message_send_cohort', '$usage_amount',
  '-$usage_amount', '$value_currency', '-$value_currency', '$variation', '-$variation',
  '$variation_send_cohort', '-$variation_send_cohort', 'Bot Click', '-Bot Click', 'Bounce Type',
  '-Bounce Type', 'Campaign Name', '-Campaign Name', 'Client Canonical', '-Client Canonical',
  'Client Name', '-Client Name', 'Client Type', '-Client Type', 'Email Domain', '-Email Domain',
  'Failure Source', '-Failure Source', 'Failure Type', '-Failure Type', 'From Number',
  '-From Number', 'From Phone Region', '-From Phone Region', 'Inbox Provider', '-Inbox Provider',
  'List', '-List', 'Message Format', '-Message Format', 'Message Name', '-Message Name',
  'Message Type', '-Message Type', 'Method', '-Method', 'Segment Count', '-Segment Count',
  'Subject', '-Subject', 'To Number', '-To Number', 'To Phone Region', '-To Phone Region', 'URL',
  '-URL', 'count', '-count', 'form_id', '-form_id', 'sum_value', '-sum_value', 'unique', '-unique',
];
export const flowTriggerTypes = ['Added to List', 'Date Based', 'Low Inventory', 'Metric', 'Price Drop', 'Unconfigured'] as const;
