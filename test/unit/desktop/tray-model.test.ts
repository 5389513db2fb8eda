import { describe, expect, it } from 'vitest';
import { trayIncidentLimit, trayIncidents, trayModel, type TrayIncident, type TrayMenuItem } from '../../../main/desktop/tray-model';
import { incident } from '../../support/incident-for-notices';

const open = (id: string, metricName = 'Placed Order', accountName = 'Demo Outdoor Co.'): TrayIncident => ({ id, metricName, accountName });

/** Each item as one line: an action's name, a link's target, or a separator. */
const lines = (items: TrayMenuItem[]) =>
  items.map((item) => {
    if (item.kind === 'separator') return '---';
    if (item.kind === 'link') return `${item.target.route}${item.target.focusId ? `/${item.target.focusId}` : ''}:${item.label}`;
    return `${item.action}:${item.label}`;
  });

describe('tray model', () => {
  it('shows the count of incidents that want attention in the tooltip and on the badge', () => {
    expect(trayModel({ incidents: [], pausedUntil: null, language: 'en' })).toMatchObject({ tooltip: 'Storepulse: no active alert', badgeCount: 0 });
    expect(trayModel({ incidents: [open('i1')], pausedUntil: null, language: 'en' }).tooltip).toBe('Storepulse: 1 active alert');
    const four = ['i1', 'i2', 'i3', 'i4'].map((id) => open(id));
    expect(trayModel({ incidents: four, pausedUntil: null, language: 'de' })).toMatchObject({ tooltip: 'Storepulse: 4 aktive Warnungen', badgeCount: 4 });
  });

  it('offers Open, Sync now, Pause and Quit; a pause under way offers Resume with its end', () => {
    const labels = (paused: Date | null) => lines(trayModel({ incidents: [], pausedUntil: paused, language: 'en', timeZone: 'UTC' }).items);
    expect(labels(null)).toEqual(['open:Open Storepulse', 'syncNow:Sync now', 'pause:Pause notifications for 1 hour', '---', 'quit:Quit Storepulse']);
    expect(labels(new Date('2026-11-23T15:30:00Z'))[2]).toBe('resume:Resume notifications (paused until 3:30 PM)');
  });

  it('lists the incidents first by headline metric and account, each leading to its page', () => {
    const model = trayModel({ incidents: [open('i2', 'Viewed Product'), open('i1', 'Placed Order', 'Demo Charity')], pausedUntil: null, language: 'fr' });
    expect(lines(model.items)).toEqual([
      'incident/i2:Viewed Product — Demo Outdoor Co.',
      'incident/i1:Placed Order — Demo Charity',
      '---',
      'open:Ouvrir Storepulse',
      'syncNow:Synchroniser maintenant',
      'pause:Suspendre les notifications pendant 1 heure',
      '---',
      'quit:Quitter Storepulse',
    ]);
  });

  it(`names at most ${trayIncidentLimit} incidents; one more entry for the rest opens Home`, () => {
    const many = Array.from({ length: trayIncidentLimit + 3 }, (_, index) => open(`i${index}`));
    const model = trayModel({ incidents: many, pausedUntil: null, language: 'en' });
    const links = model.items.filter((item) => item.kind === 'link');
    expect(links).toHaveLength(trayIncidentLimit + 1);
    expect(links.at(-1)).toEqual({ kind: 'link', target: { route: 'home' }, label: '3 more active alerts…' });
    expect(model.badgeCount).toBe(trayIncidentLimit + 3);
  });
});

describe('incidents the tray lists', () => {
  it('keeps those under way that were neither dismissed nor snoozed, in the order given', () => {
    const listed = trayIncidents([
      incident({ id: 'ongoing', headlineMetricName: 'Placed Order' }),
      incident({ id: 'recovering', state: 'recovering', accountName: 'Demo Charity' }),
      incident({ id: 'snoozed', mute: 'snoozed', snoozedUntil: '2026-12-22T12:00:00.000Z' }),
      incident({ id: 'dismissed', mute: 'dismissed', dismissedAt: '2026-11-22T15:00:00.000Z' }),
      incident({ id: 'resolved', state: 'resolved', end: '2026-11-22T14:00:00.000Z', resolvedAt: '2026-11-22T16:00:00.000Z' }),
    ]);
    expect(listed).toEqual([
      { id: 'ongoing', metricName: 'Placed Order', accountName: 'Demo Outdoor Co.' },
      { id: 'recovering', metricName: 'Placed Order', accountName: 'Demo Charity' },
    ]);
  });
});
