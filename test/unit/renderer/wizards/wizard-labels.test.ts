import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../shared/domain/settings';
import { catalogues } from '../../../../shared/i18n/catalogues';
import { stateLabelKey } from '../../../../renderer/features/wizards/wizard-text';

describe('wizard state labels', () => {
  it('gives a troubleshooting answer no label (it says Yes itself), and a check its OK', () => {
    expect(stateLabelKey('troubleshoot', { id: 'otherMetrics', source: 'auto', state: 'yes' })).toBeNull();
    expect(stateLabelKey('migration', { id: 'legacySilent', source: 'auto', state: 'yes' })).toBe('wizardsScreen.checkState.yes');
    expect(stateLabelKey('migration', { id: 'keys', source: 'manual', state: 'done' })).toBeNull();
  });

  // Without the label the answer's own first word carries the state in words (never colour alone).
  it.each(Object.keys(catalogues) as Language[])('%s: every troubleshooting answer opens with its Yes, No or Not known', (language) => {
    const catalogue = catalogues[language].wizardsScreen;
    const items = catalogue.troubleshoot.items as unknown as Record<string, Record<string, string>>;
    for (const [id, texts] of Object.entries(items)) {
      if (typeof texts !== 'object' || !('question' in texts)) continue;
      for (const state of ['yes', 'no', 'unknown'] as const) {
        const text = texts[state];
        if (text === undefined) continue;
        expect(text.startsWith(catalogue.state[state]), `${id}.${state}: ${text}`).toBe(true);
      }
    }
  });
});
