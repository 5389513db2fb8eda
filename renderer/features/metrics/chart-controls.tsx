import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Interval } from '../../../shared/domain/metric';
import { rangeKeys, type CustomDates, type RangeKey } from './chart-range';

interface ChartControlsProps {
  range: RangeKey;
  onRange: (range: RangeKey) => void;
  interval: Interval;
  allowed: readonly Interval[];
  onInterval: (interval: Interval) => void;
  custom: CustomDates;
  onCustom: (custom: CustomDates) => void;
  /** Today on the account's calendar: the latest day a custom range can end. */
  today: string;
  comparing: boolean;
  onComparing: (comparing: boolean) => void;
}

/** Period, bucket size and comparison: native radios and inputs, so keyboards and screen readers get them for free. */
export function ChartControls(props: ChartControlsProps) {
  const { t } = useTranslation();
  const name = useId();
  const fromId = useId();
  const toId = useId();
  const { range, interval, allowed, custom } = props;

  return (
    <div className="chart-controls">
      <fieldset className="segmented">
        <legend>{t('metricsScreen.range')}</legend>
        {rangeKeys.map((key) => (
          <label key={key} className="segmented__option">
            <input type="radio" name={`${name}-range`} value={key} checked={range === key} onChange={() => props.onRange(key)} />
            <span>{t(`metricsScreen.ranges.${key}`)}</span>
          </label>
        ))}
      </fieldset>
      {range === 'custom' ? (
        <div className="chart-controls__dates">
          <label className="metrics-field" htmlFor={fromId}>
            <span>{t('metricsScreen.from')}</span>
            <input
              id={fromId}
              type="date"
              value={custom.fromDate}
              max={props.today}
              onChange={(event) => props.onCustom({ ...custom, fromDate: event.target.value })}
            />
          </label>
          <label className="metrics-field" htmlFor={toId}>
            <span>{t('metricsScreen.to')}</span>
            <input
              id={toId}
              type="date"
              value={custom.toDate}
              max={props.today}
              onChange={(event) => props.onCustom({ ...custom, toDate: event.target.value })}
            />
          </label>
        </div>
      ) : null}
      <fieldset className="segmented">
        <legend>{t('metricsScreen.interval')}</legend>
        {(['hour', 'day'] as const).map((key) => (
          <label key={key} className="segmented__option">
            <input
              type="radio"
              name={`${name}-interval`}
              value={key}
              checked={interval === key}
              disabled={!allowed.includes(key)}
              onChange={() => props.onInterval(key)}
            />
            <span>{t(`metricsScreen.intervals.${key}`)}</span>
          </label>
        ))}
      </fieldset>
      <label className="chart-controls__compare">
        <input type="checkbox" checked={props.comparing} onChange={(event) => props.onComparing(event.target.checked)} />
        <span>{t('metricsScreen.compare')}</span>
      </label>
    </div>
  );
}
