/**
 * Addresses of a metric and a flow on the marketing platform's own site, opened in the browser
 * through the allow-listed external links (www.klaviyo.com). A metric's page is
 * `/metric/<id>/<name>`, the name written as the site writes it (lower case, words joined by
 * dashes); a flow opens in its editor.
 */
const SITE = 'https://www.klaviyo.com';

function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function klaviyoMetricUrl(metricId: string, metricName: string): string {
  const name = slug(metricName);
  return `${SITE}/metric/${encodeURIComponent(metricId)}/${name || 'metric'}`;
}

export function klaviyoFlowUrl(flowId: string): string {
  return `${SITE}/flow/${encodeURIComponent(flowId)}/edit`;
}
