import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Sparkline, type SparklinePoint } from '../../../../renderer/components/charts/sparkline';

const points: SparklinePoint[] = Array.from({ length: 48 }, (_, i) => ({
  t: Date.parse('2026-11-20T00:00:00Z') + i * 3_600_000,
  value: i === 10 ? null : 20 + (i % 24),
  expected: 25,
}));

// Recharts draws its SVG only in a browser (after layout), so server rendering shows the wrapper
// alone: this checks what a screen reader gets, not the drawing.
describe('Sparkline', () => {
  it('is one image named by its label', () => {
    const html = renderToStaticMarkup(createElement(Sparkline, { points, label: 'Added to Cart, last 2 days', className: 'home-card__spark' }));
    expect(html).toMatch(/^<div class="sparkline home-card__spark" role="img" aria-label="Added to Cart, last 2 days">/);
  });
});
