import { describe, expect, it } from 'vitest';
import type { Alert } from '../../../../shared/domain/alert';
import type { Flow } from '../../../../shared/domain/flow';
import type { Metric } from '../../../../shared/domain/metric';
import { buildFlowRows, nextSort, resolveFocus, sortRows, visibleRows } from '../../../../renderer/features/flows/flow-rows';
import { metricDrops } from '../../../../renderer/features/flows/metric-drops';

const accountId = 'acc';

function metric(id: string, name: string, integrationName: string): Metric {
  return { accountId, id, name, integrationName, integrationCategory: 'ecommerce', created: null, updated: null, gone: false };
}

function flow(id: string, name: string, overrides: Partial<Flow> = {}): Flow {
  return {
    accountId,
    id,
    name,
    status: 'live',
    triggerType: 'Metric',
    archived: false,
    created: null,
    updated: '2025-01-01T00:00:00Z',
    triggerMetricIds: [],
    gone: false,
    ...overrides,
  };
}

function alert(id: string, metricId: string): Alert {
  return {
    id,
    accountId,
    metricId,
    metricName: metricId,
    integrationName: null,
    kind: 'count-down',
    state: 'active',
    start: '2025-01-01T00:00:00Z',
    firedAt: '2025-01-01T03:00:00Z',
    resolvedAt: null,
    expected: 100,
    observed: 30,
    depth: 0.7,
    figures: { now: null, fired: { observed: 30, expected: 100, percentBelow: 70, through: '2025-01-01T04:00:00Z' }, evidence: null },
    dismissedAt: null,
    snoozedUntil: null,
    affectedFlows: [],
  };
}

const metrics = [metric('vp', 'Viewed Product', 'Shopify'), metric('po', 'Placed Order', 'BigCommerce')];
const flows = [
  flow('browse', 'Browse Abandonment', { triggerMetricIds: ['vp'], updated: '2025-03-10T00:00:00Z' }),
  flow('confirm', 'Order Confirmation', { triggerMetricIds: ['po'], updated: '2024-11-01T00:00:00Z' }),
  flow('repeat', 'Repeat Customer', { status: 'manual', triggerMetricIds: ['po'], updated: null }),
  flow('old-cart', 'Abandoned Cart (old)', { status: 'manual', archived: true, triggerMetricIds: ['po'] }),
  flow('welcome', 'Welcome Series', { triggerType: 'Added to List', updated: '2025-02-01T00:00:00Z' }),
  flow('review', 'Product Review', { status: 'draft', triggerMetricIds: ['unknown-metric'], updated: '2025-03-01T00:00:00Z' }),
  flow('removed', 'Removed Flow', { gone: true }),
];
const alerts = [alert('a-vp', 'vp'), alert('a-po', 'po')];
const rows = buildFlowRows(flows, metrics, metricDrops([], alerts, accountId));
const collator = new Intl.Collator('en');
const names = (list: { flow: Flow }[]) => list.map((row) => row.flow.name);

describe('flow rows', () => {
  it('resolves trigger metrics, attaches the drops of those metrics and drops flows the API no longer returns', () => {
    const byId = new Map(rows.map((row) => [row.flow.id, row]));
    expect(byId.has('removed')).toBe(false);
    expect(byId.get('browse')?.metrics.map((m) => m.name)).toEqual(['Viewed Product']);
    expect(byId.get('browse')?.drops.map((d) => d.alertId)).toEqual(['a-vp']);
    // Two flows on the same metric both carry its drop.
    expect(byId.get('confirm')?.drops.map((d) => d.alertId)).toEqual(['a-po']);
    expect(byId.get('repeat')?.drops.map((d) => d.alertId)).toEqual(['a-po']);
    expect(byId.get('welcome')?.drops).toEqual([]);
    expect(byId.get('review')?.metrics).toEqual([]);
  });

  it('hides archived flows unless asked, and counts what it hid', () => {
    expect(visibleRows(rows, { showArchived: false, focus: null })).toMatchObject({ hiddenArchived: 1 });
    expect(names(visibleRows(rows, { showArchived: false, focus: null }).rows)).not.toContain('Abandoned Cart (old)');
    expect(names(visibleRows(rows, { showArchived: true, focus: null }).rows)).toContain('Abandoned Cart (old)');
    expect(visibleRows(rows, { showArchived: true, focus: null }).hiddenArchived).toBe(0);
  });

  it('keeps only the flows a focused metric triggers', () => {
    const focused = visibleRows(rows, { showArchived: false, focus: { kind: 'metric', metricId: 'po' } });
    expect(names(focused.rows)).toEqual(['Order Confirmation', 'Repeat Customer']);
    expect(focused.hiddenArchived).toBe(1);
    // A flow focus highlights one row but filters nothing.
    expect(visibleRows(rows, { showArchived: false, focus: { kind: 'flow', flowId: 'browse' } }).rows).toHaveLength(5);
  });

  it.each([
    [undefined, null],
    ['vp', { kind: 'metric', metricId: 'vp' }],
    // A trigger metric the catalogue has not listed yet still focuses its flows.
    ['unknown-metric', { kind: 'metric', metricId: 'unknown-metric' }],
    ['a-po', { kind: 'metric', metricId: 'po' }],
    ['welcome', { kind: 'flow', flowId: 'welcome' }],
    ['nothing-here', null],
  ])('reads the focus id %s', (focusId, expected) => {
    expect(resolveFocus(focusId, flows, metrics, alerts)).toEqual(expected);
  });

  it('sorts by name either way with the user’s collator', () => {
    const visible = visibleRows(rows, { showArchived: false, focus: null }).rows;
    expect(names(sortRows(visible, { key: 'name', direction: 'ascending' }, collator))).toEqual([
      'Browse Abandonment',
      'Order Confirmation',
      'Product Review',
      'Repeat Customer',
      'Welcome Series',
    ]);
    expect(names(sortRows(visible, { key: 'name', direction: 'descending' }, collator))[0]).toBe('Welcome Series');
  });

  it('sorts by update date, a flow never updated counting as the oldest', () => {
    const visible = visibleRows(rows, { showArchived: false, focus: null }).rows;
    expect(names(sortRows(visible, { key: 'updated', direction: 'descending' }, collator))).toEqual([
      'Browse Abandonment',
      'Product Review',
      'Welcome Series',
      'Order Confirmation',
      'Repeat Customer',
    ]);
    expect(names(sortRows(visible, { key: 'updated', direction: 'ascending' }, collator))[0]).toBe('Repeat Customer');
  });

  it('sorts by status live, manual, draft, ties by name', () => {
    const visible = visibleRows(rows, { showArchived: false, focus: null }).rows;
    expect(names(sortRows(visible, { key: 'status', direction: 'ascending' }, collator))).toEqual([
      'Browse Abandonment',
      'Order Confirmation',
      'Welcome Series',
      'Repeat Customer',
      'Product Review',
    ]);
  });

  it('does not reorder its input', () => {
    const before = names(rows);
    sortRows(rows, { key: 'name', direction: 'descending' }, collator);
    expect(names(rows)).toEqual(before);
  });

  it('flips the direction on the same column and starts dates newest first', () => {
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'name')).toEqual({ key: 'name', direction: 'descending' });
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'updated')).toEqual({ key: 'updated', direction: 'descending' });
    expect(nextSort({ key: 'updated', direction: 'descending' }, 'status')).toEqual({ key: 'status', direction: 'ascending' });
  });
});
