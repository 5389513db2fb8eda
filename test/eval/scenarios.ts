import { localTime, type RateModifier, type StoreSeriesSpec } from './store-series';
import { seededRandom } from './random';

/**
 * The labelled scenarios: clean stores (which must never alert), neutral disturbances (which
 * should not), and drops (which should, quickly when they are total).
 */
export interface LabelledDrop {
  start: number;
  /** Exclusive; null = ongoing to the end of the series. */
  end: number | null;
  /** Share of normal activity left during the drop (0 = full outage). */
  remaining: number;
}

export type FamilyKind = 'clean' | 'neutral' | 'drop';

export interface Scenario {
  family: string;
  kind: FamilyKind;
  name: string;
  spec: StoreSeriesSpec;
  drops: LabelledDrop[];
}

const ZONES = ['America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Asia/Kolkata', 'America/Los_Angeles'];
const DAYS = 112;
const START = '2026-01-05';
const HOUR = 3600;

function base(seed: number, rate: number, overrides: Partial<StoreSeriesSpec> = {}): StoreSeriesSpec {
  return { seed, timezone: ZONES[seed % ZONES.length]!, startDate: START, days: DAYS, rate, ...overrides };
}

/** A Black-Friday-like peak: Thursday to the following Tuesday (Cyber Monday), then normal days. */
function holidayPeak(spec: StoreSeriesSpec, day: number): RateModifier[] {
  const factors = [1.6, 3.5, 2.6, 2.3, 3.2, 1.5];
  return factors.map((factor, i) => ({
    from: localTime(spec.timezone, spec.startDate, 0, day + i),
    to: localTime(spec.timezone, spec.startDate, 0, day + i + 1),
    factor,
  }));
}

function drop(spec: StoreSeriesSpec, day: number, hour: number, hours: number | null, remaining: number): { modifier: RateModifier; label: LabelledDrop } {
  const start = localTime(spec.timezone, spec.startDate, hour, day);
  const end = hours === null ? null : start + hours * HOUR;
  return { modifier: { from: start, to: end, factor: remaining }, label: { start, end, remaining } };
}

function withDrops(family: string, name: string, spec: StoreSeriesSpec, drops: ReturnType<typeof drop>[], extra: RateModifier[] = []): Scenario {
  return { family, kind: 'drop', name, spec: { ...spec, modifiers: [...extra, ...drops.map((d) => d.modifier)] }, drops: drops.map((d) => d.label) };
}

/**
 * Black Friday to Cyber Monday at `scale` times a normal day (Thursday evening to Monday), on a
 * New York store whose history runs from October 2025: last year's weekend at three times normal,
 * this year's as given.
 */
function blackFridays(seed: number, scale: number): StoreSeriesSpec {
  const spec: StoreSeriesSpec = { seed, timezone: 'America/New_York', startDate: '2025-10-01', days: 430, rate: 15 };
  const weekend = (date: string, factor: number): RateModifier[] =>
    [0.4, 1, 0.8, 0.7, 0.9].map((share, i) => ({
      from: localTime(spec.timezone, date, i === 0 ? 17 : 0, i),
      to: localTime(spec.timezone, date, 0, i + 1),
      factor: 1 + (factor - 1) * share,
    }));
  return { ...spec, modifiers: [...weekend('2025-11-27', 3), ...weekend('2026-11-26', scale)] };
}

export function buildScenarios(seeds: readonly number[]): Scenario[] {
  const scenarios: Scenario[] = [];
  const add = (family: string, kind: FamilyKind, name: string, spec: StoreSeriesSpec): void => {
    scenarios.push({ family, kind, name, spec, drops: [] });
  };
  for (const seed of seeds) {
    const random = seededRandom(seed * 7919);
    const day = (): number => 40 + random.integer(DAYS - 48);
    const dayHour = (): number => 10 + random.integer(9);
    const nightHour = (): number => 1 + random.integer(4);
    const anyHour = (): number => random.integer(24);

    // Clean series.
    add('clean high volume (40/h)', 'clean', `clean-40-${seed}`, base(seed, 40));
    add('clean mid volume (6/h)', 'clean', `clean-6-${seed}`, base(seed, 6));
    add('clean low volume (0.5/h)', 'clean', `clean-0.5-${seed}`, base(seed, 0.5));
    add('clean very low volume (0.15/h)', 'clean', `clean-0.15-${seed}`, base(seed, 0.15));
    add('growth trend (x3 in 16 weeks)', 'clean', `growth-${seed}`, base(seed, 8, { dailyGrowth: 1.0099 }));
    const peak = base(seed, 20);
    add('holiday peak then normal days', 'clean', `peak-${seed}`, { ...peak, modifiers: holidayPeak(peak, 60 + random.integer(30)) });
    const campaigns = base(seed, 15);
    const spikes: RateModifier[] = Array.from({ length: 8 }, () => {
      const from = localTime(campaigns.timezone, campaigns.startDate, 9 + random.integer(10), 16 + random.integer(DAYS - 20));
      return { from, to: from + (2 + random.integer(3)) * HOUR, factor: 3 + random.integer(4) };
    });
    add('campaign spikes', 'clean', `campaigns-${seed}`, { ...campaigns, modifiers: spikes });
    const dstZone = ['America/New_York', 'Europe/Berlin', 'Australia/Sydney'][seed % 3]!;
    add('DST changes (spring and autumn)', 'clean', `dst-${seed}`, base(seed, 12, { timezone: dstZone, startDate: '2026-02-02', days: 300 }));
    // Harder clean stores: lumpy hours and days, and thin stores of one or two events an hour.
    add('overdispersed (hourly alpha 0.1, 12% daily wobble, 12/h)', 'clean', `lumpy-${seed}`, base(seed, 12, { hourlyDispersion: 0.1, dailyNoise: 0.12 }));
    add('thin store (1/h)', 'clean', `thin-1-${seed}`, base(seed, 1));
    add('thin store (2/h), overdispersed', 'clean', `thin-2-${seed}`, base(seed, 2, { hourlyDispersion: 0.1 }));

    // Black Friday with more than a year of history: a strong one and a weak one are no drop.
    add('Black Friday with a year of history, strong (x4)', 'clean', `bf-strong-${seed}`, blackFridays(seed, 4));
    add('Black Friday with a year of history, weak (x1.5)', 'clean', `bf-weak-${seed}`, blackFridays(seed, 1.5));

    // Neutral disturbances.
    const blips = base(seed, 30);
    // Ten isolated hours on ten different days (two adjacent blips would be a two-hour drop).
    const blipDays = new Set<number>();
    while (blipDays.size < 10) blipDays.add(16 + random.integer(DAYS - 20));
    add('one-hour blips (0-50% left)', 'neutral', `blips-${seed}`, {
      ...blips,
      modifiers: [...blipDays].map((blipDay) => {
        const from = localTime(blips.timezone, blips.startDate, dayHour(), blipDay);
        return { from, to: from + HOUR, factor: random.uniform() * 0.5 };
      }),
    });
    add('slow decline (-60% in 16 weeks)', 'neutral', `decline-${seed}`, base(seed, 30, { dailyGrowth: 0.9918 }));
    // Halves over two weeks, a little every day: no sudden drop, but a trend the merchant should hear of.
    const fading = base(seed, 20);
    const fadeFrom = 60 + random.integer(20);
    add('halves over two weeks (trend notice, no alert)', 'neutral', `fading-${seed}`, {
      ...fading,
      modifiers: Array.from({ length: DAYS - fadeFrom }, (_, i) => ({
        from: localTime(fading.timezone, fading.startDate, 0, fadeFrom + i),
        to: localTime(fading.timezone, fading.startDate, 0, fadeFrom + i + 1),
        factor: Math.max(0.5, Math.pow(0.5, (i + 1) / 14)),
      })),
    });
    const quietWeek = base(seed, 15);
    const weekStart = 40 + random.integer(DAYS - 50);
    add('a quiet holiday week (-30% for 7 days)', 'neutral', `quiet-week-${seed}`, {
      ...quietWeek,
      modifiers: [{ from: localTime(quietWeek.timezone, quietWeek.startDate, 0, weekStart), to: localTime(quietWeek.timezone, quietWeek.startDate, 0, weekStart + 7), factor: 0.7 }],
    });

    // Full outages.
    for (const rate of [5, 20, 60]) {
      const spec = base(seed, rate);
      scenarios.push(withDrops('full outage 6h, day onset', `outage-6h-day-${rate}-${seed}`, spec, [drop(spec, day(), dayHour(), 6, 0)]));
      scenarios.push(withDrops('full outage 6h, night onset', `outage-6h-night-${rate}-${seed}`, spec, [drop(spec, day(), nightHour(), 6, 0)]));
      scenarios.push(withDrops('full outage 48h', `outage-48h-${rate}-${seed}`, spec, [drop(spec, day(), anyHour(), 48, 0)]));
      scenarios.push(withDrops('full outage ongoing', `outage-ongoing-${rate}-${seed}`, spec, [drop(spec, DAYS - 5, anyHour(), null, 0)]));
    }
    const quiet = base(seed, 0.5);
    scenarios.push(withDrops('full outage ongoing, low volume (0.5/h)', `outage-ongoing-0.5-${seed}`, quiet, [drop(quiet, DAYS - 8, anyHour(), null, 0)]));
    for (const rate of [1, 2]) {
      const thin = base(seed, rate);
      scenarios.push(withDrops(`full outage ongoing, thin store (${rate}/h)`, `outage-ongoing-${rate}-${seed}`, thin, [drop(thin, DAYS - 6, anyHour(), null, 0)]));
    }
    const friday = blackFridays(seed, 3);
    scenarios.push(withDrops('checkout stops on Black Friday (a year of history)', `bf-outage-${seed}`, friday, [drop(friday, 422, 9 + random.integer(6), 8, 0)]));
    const lumpy = base(seed, 12, { hourlyDispersion: 0.1, dailyNoise: 0.12 });
    scenarios.push(withDrops('full outage 12h, overdispersed store', `outage-12h-lumpy-${seed}`, lumpy, [drop(lumpy, day(), anyHour(), 12, 0)]));

    // Partial drops.
    for (const remaining of [0.25, 0.5, 0.75]) {
      for (const rate of [5, 20, 100]) {
        for (const hours of [6, 12, 24]) {
          const spec = base(seed, rate);
          scenarios.push(
            withDrops(`partial drop, ${remaining * 100}% left`, `partial-${remaining}-${rate}-${hours}h-${seed}`, spec, [drop(spec, day(), anyHour(), hours, remaining)]),
          );
        }
      }
    }

    // A drop right after a holiday peak.
    const after = base(seed, 20);
    const peakDay = 60 + random.integer(30);
    scenarios.push(
      withDrops('drop right after a holiday peak', `after-peak-outage-${seed}`, after, [drop(after, peakDay + 6, 9 + random.integer(8), 24, 0)], holidayPeak(after, peakDay)),
    );
    scenarios.push(
      withDrops('drop right after a holiday peak', `after-peak-half-${seed}`, after, [drop(after, peakDay + 6, 9 + random.integer(8), 24, 0.4)], holidayPeak(after, peakDay)),
    );
  }
  return scenarios;
}
