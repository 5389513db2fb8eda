import { describe, expect, it } from 'vitest';
import { trayModel } from '../../../main/desktop/tray-model';

describe('tray model', () => {
  it('shows the active alert count in the tooltip and on the badge', () => {
    expect(trayModel({ activeAlerts: 0, pausedUntil: null, language: 'en' })).toMatchObject({ tooltip: 'Storepulse: no active alert', badgeCount: 0 });
    expect(trayModel({ activeAlerts: 1, pausedUntil: null, language: 'en' }).tooltip).toBe('Storepulse: 1 active alert');
    expect(trayModel({ activeAlerts: 4, pausedUntil: null, language: 'de' })).toMatchObject({ tooltip: 'Storepulse: 4 aktive Warnungen', badgeCount: 4 });
  });

  it('offers Open, Sync now, Pause and Quit; a pause under way offers Resume with its end', () => {
    const labels = (paused: Date | null) =>
      trayModel({ activeAlerts: 0, pausedUntil: paused, language: 'en', timeZone: 'UTC' }).items.map((item) => (item.kind === 'separator' ? '---' : `${item.action}:${item.label}`));
    expect(labels(null)).toEqual(['open:Open Storepulse', 'syncNow:Sync now', 'pause:Pause notifications for 1 hour', '---', 'quit:Quit Storepulse']);
    expect(labels(new Date('2026-11-23T15:30:00Z'))[2]).toBe('resume:Resume notifications (paused until 3:30 PM)');
  });
});
