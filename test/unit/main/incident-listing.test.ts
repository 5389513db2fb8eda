import { describe, expect, it } from 'vitest';
import { incidentTable } from '../../../main/cli/incident-table';
import { listedIncident, listedIncidentsSchema } from '../../../main/cli/listed-incident';
import type { AccountSummary } from '../../../shared/domain/account';
import { incidentSchema, type Incident } from '../../../shared/domain/incident';

/** How `storepulse incidents` writes an incident: JSON on the account's clock, a table a person reads. */
const outdoor: AccountSummary = { id: 'demo-outdoor', name: 'Demo Outdoor Co.', kind: 'demo', timezone: 'America/New_York', currency: 'USD' };
const charity: AccountSummary = { id: 'demo-charity', name: 'Demo Charity', kind: 'demo', timezone: 'Europe/London', currency: 'GBP' };

const figures = { now: null, fired: { observed: 0, expected: 40, percentBelow: 100, through: '2026-12-01T16:00:00.000Z' }, evidence: null };

function member(metricId: string, metricName: string, integrationName: string | null, recoveredAt: string | null = null) {
  return { alertId: `alert-${metricId}`, metricId, metricName, integrationName, kind: 'count-down', start: '2026-12-01T14:00:00.000Z', recoveredAt, figures, missingEvents: { estimate: 10, low: 8, high: 12 } };
}

/** An outage of three order metrics, parsed by the contract's schema. */
function outage(overrides: Partial<Incident> = {}): Incident {
  return incidentSchema.parse({
    id: 'inc-outage',
    accountId: outdoor.id,
    accountName: outdoor.name,
    state: 'ongoing',
    mute: 'none',
    grouping: 'integration',
    start: '2026-12-01T14:00:00.000Z',
    end: null,
    resolvedAt: null,
    firedAt: '2026-12-01T16:00:00.000Z',
    headlineMetricId: 'po',
    headlineMetricName: 'Placed Order',
    headlineKind: 'count-down',
    members: [member('po', 'Placed Order', 'Shopify'), member('op', 'Ordered Product', 'Shopify'), member('sc', 'Started Checkout', 'Shopify')],
    diagnosisKind: 'integration-outage',
    cost: {
      through: '2026-12-01T19:00:00.000Z',
      final: false,
      metricId: 'po',
      metricName: 'Placed Order',
      missingEvents: { estimate: 61.4, low: 48.2, high: 1234.6 },
      missingRevenue: { estimate: 5280.5, low: 4100, high: 6490.49 },
      movedElsewhere: false,
      currency: 'USD',
    },
    snoozedUntil: null,
    dismissedAt: null,
    affectedFlows: [],
    readAt: null,
    timeline: [],
    ...overrides,
  });
}

describe('listedIncident: the JSON form', () => {
  it('writes every time in the account’s zone with its offset, and keeps the cost’s ranges', () => {
    const listed = listedIncident(outdoor, outage({ state: 'recovering', end: '2026-12-01T19:00:00.000Z' }));
    expect(listedIncidentsSchema.parse([listed])).toEqual([listed]);
    expect(listed).toMatchObject({
      id: 'inc-outage',
      account: 'Demo Outdoor Co.',
      timezone: 'America/New_York',
      state: 'recovering',
      start: '2026-12-01T09:00:00-05:00',
      end: '2026-12-01T14:00:00-05:00',
      resolvedAt: null,
      headlineMetric: 'Placed Order',
      diagnosisKind: 'integration-outage',
      missingEvents: { metric: 'Placed Order', estimate: 61.4, low: 48.2, high: 1234.6 },
      missingRevenue: { estimate: 5280.5, low: 4100, high: 6490.49 },
      currency: 'USD',
      costThrough: '2026-12-01T14:00:00-05:00',
      mute: 'none',
    });
    expect(listed.members.map((m) => [m.metric, m.integration, m.start])).toEqual([
      ['Placed Order', 'Shopify', '2026-12-01T09:00:00-05:00'],
      ['Ordered Product', 'Shopify', '2026-12-01T09:00:00-05:00'],
      ['Started Checkout', 'Shopify', '2026-12-01T09:00:00-05:00'],
    ]);
  });

  it('falls back to the account’s currency when the incident names none', () => {
    const incident = outage();
    expect(listedIncident(charity, { ...incident, cost: { ...incident.cost, currency: null } }).currency).toBe('GBP');
  });
});

describe('incidentTable: the human-readable form', () => {
  it('shows one row per incident, members one per line, times on the account’s clock, money in its currency', () => {
    const text = incidentTable([listedIncident(outdoor, outage())], 'none');
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^id +account +state +start +end +metrics +diagnosis +missing events +missing revenue +snoozed$/);
    expect(lines[1]).toMatch(/^-+( +-+)+$/);
    expect(lines[2]).toContain('inc-outage');
    expect(lines[2]).toContain('2026-12-01 09:00 EST');
    expect(lines[2]).toContain('ongoing');
    expect(lines[2]).toContain('Placed Order (Shopify)');
    expect(lines[2]).toContain('integration-outage');
    expect(lines[2]).toContain('61 (48–1,235)');
    expect(lines[2]).toContain('$5,281 ($4,100–$6,490)');
    expect(lines[2]).toMatch(/ no$/);
    expect(lines[3]).toContain('Ordered Product (Shopify)');
    expect(lines[3]).toContain('of Placed Order');
    expect(lines[4]).toContain('Started Checkout (Shopify)');
    expect(lines).toHaveLength(5);
    // The columns line up: each member sits under the metrics header.
    const column = lines[0]!.indexOf('metrics');
    expect(lines.slice(2).map((line) => line.indexOf(' (Shopify)') > column && line.slice(column).match(/^\S/) !== null)).toEqual([true, true, true]);
  });

  it('names a revenue drop and a harmful rise by their kind, with no missing events for the one and extra events for the other', () => {
    const value = outage({
      headlineKind: 'value-down',
      members: [{ ...member('po', 'Placed Order', 'Shopify'), kind: 'value-down' }],
      cost: { ...outage().cost, kind: 'value-down', missingEvents: { estimate: 0, low: 0, high: 0 } },
    });
    const spam = outage({
      id: 'inc-spam',
      headlineMetricId: 'sp',
      headlineMetricName: 'Marked Email as Spam',
      headlineKind: 'rise-harmful',
      members: [{ ...member('sp', 'Marked Email as Spam', 'Klaviyo'), kind: 'rise-harmful' }],
      cost: { ...outage().cost, metricId: 'sp', metricName: 'Marked Email as Spam', kind: 'rise-harmful', missingEvents: { estimate: 36, low: 32, high: 40 }, missingRevenue: null },
    });
    const listed = [listedIncident(outdoor, value), listedIncident(outdoor, spam)];
    expect(listed.map((incident) => [incident.kind, incident.members[0]!.kind])).toEqual([
      ['value-down', 'value-down'],
      ['rise-harmful', 'rise-harmful'],
    ]);
    const lines = incidentTable(listed, 'none').split('\n');
    expect(lines[2]).toContain('value of Placed Order (Shopify)');
    expect(lines[2]).toContain('$5,281');
    const spamRow = lines.find((line) => line.includes('inc-spam'))!;
    expect(spamRow).toContain('Marked Email as Spam (Klaviyo) (rising)');
    expect(spamRow).toContain('36 (32–40) extra');
  });

  it('writes an ended incident’s end, a snooze’s end and pounds on the charity’s clock (London)', () => {
    const incident = outage({
      accountId: charity.id,
      accountName: charity.name,
      state: 'resolved',
      end: '2026-07-01T19:00:00.000Z',
      resolvedAt: '2026-07-01T21:00:00.000Z',
      mute: 'snoozed',
      snoozedUntil: '2026-07-08T09:00:00.000Z',
      diagnosisKind: null,
    });
    const text = incidentTable([listedIncident(charity, { ...incident, cost: { ...incident.cost, currency: 'GBP', missingRevenue: { estimate: 12, low: 3, high: 30 } } })], 'none');
    expect(text).toContain('2026-07-01 20:00 GMT+1');
    expect(text).toContain('snoozed until 2026-07-08 10:00 GMT+1');
    expect(text).toContain('£12 (£3–£30)');
    expect(text).toContain('resolved');
    expect(text).not.toContain('ongoing');
  });

  it('says "dismissed" for a dismissed incident and "—" where there is no revenue or diagnosis', () => {
    const incident = outage({ mute: 'dismissed', dismissedAt: '2026-12-01T18:00:00.000Z', diagnosisKind: null });
    const text = incidentTable([listedIncident(outdoor, { ...incident, cost: { ...incident.cost, missingRevenue: null } })], 'none');
    const row = text.split('\n')[2]!;
    expect(row).toMatch(/ dismissed$/);
    expect(row.match(/—/g)).toHaveLength(2);
  });

  it('says the orders of a platform switch moved rather than pricing them', () => {
    const incident = outage({ diagnosisKind: 'platform-switch' });
    const text = incidentTable([listedIncident(outdoor, { ...incident, cost: { ...incident.cost, missingRevenue: null, movedElsewhere: true } })], 'none');
    expect(text).toContain('moved, not lost');
  });

  it('says so when there is no incident', () => {
    expect(incidentTable([], 'No incident in the demo store’s history.')).toBe('No incident in the demo store’s history.');
  });
});
