import { useTranslation } from 'react-i18next';

/** What each mark on the chart means, as real text: SVG legends are hard to translate and to read aloud. */
export function ChartLegend({ comparing, anomaly, marker, countLabel }: { comparing: boolean; anomaly: boolean; marker: boolean; countLabel?: string }) {
  const { t } = useTranslation();
  const items = [
    { key: 'count', show: true },
    { key: 'expected', show: true },
    { key: 'band', show: true },
    { key: 'previous', show: comparing },
    { key: 'anomaly', show: anomaly },
    { key: 'marker', show: marker },
  ].filter((item) => item.show);
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.key} className="chart-legend__item">
          <span className={`chart-legend__swatch chart-legend__swatch--${item.key}`} aria-hidden="true" />
          {item.key === 'count' && countLabel ? countLabel : t(`metricsScreen.legend.${item.key}`)}
        </li>
      ))}
    </ul>
  );
}
