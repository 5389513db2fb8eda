import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { IncidentBanner } from '../../../../renderer/features/incidents/incident-banner';
import { IncidentFlows } from '../../../../renderer/features/incidents/incident-flows';
import type { Incident } from '../../../../shared/domain/incident';
import { catalogues } from '../../../../shared/i18n/catalogues';
import { incident } from './incident-fixtures';

// The router keeps the screen in the address: a window at Home, as the app opens, before it loads.
vi.hoisted(() => {
  (globalThis as { window?: unknown }).window = { location: { hash: '' }, history: { replaceState: () => undefined } };
});

const en = catalogues.en;

async function render(element: ReactElement): Promise<string> {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({
    resources: { en: { translation: en } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n }, element));
}

const noActions = { dismiss: async () => undefined, snooze: async () => undefined };
const banner = (shown: Incident) =>
  render(createElement(IncidentBanner, { incident: shown, metrics: null, timeZone: 'America/New_York', currency: 'USD', now: new Date('2026-11-22T18:30:00.000Z'), actions: noActions }));
const flowsSection = (shown: Incident) => render(createElement(IncidentFlows, { incident: shown }));

const withoutFlows = incident({ affectedFlows: [] });
const withFlows = incident({ affectedFlows: [{ id: 'FLOW1', name: 'Browse Abandonment', status: 'live' }] });

/**
 * "View affected flows" is offered, on Home's banner and on the incident page, only for an
 * incident whose metrics trigger a flow: an incident without flows offers no way to an empty list.
 */
describe('the way to an incident’s flows', () => {
  it('is on the banner of an incident with flows, and not on one without', async () => {
    const offered = await banner(withFlows);
    expect(offered).toContain(en.incidentPage.viewIncident);
    expect(offered).toContain(`>${en.homeScreen.viewFlows}</button>`);

    const none = await banner(withoutFlows);
    expect(none).toContain(en.incidentPage.viewIncident);
    expect(none).not.toContain(en.homeScreen.viewFlows);
  });

  it('is a section of the page, with each flow linked and the button, only when there are flows', async () => {
    const section = await flowsSection(withFlows);
    expect(section).toContain(en.incidentPage.flows.heading);
    expect(section).toContain('Browse Abandonment');
    expect(section).toContain('href="https://www.klaviyo.com/flow/FLOW1/edit"');
    expect(section).toContain(`>${en.incidentPage.flows.viewFlows}</button>`);

    expect(await flowsSection(withoutFlows)).toBe('');
  });
});
