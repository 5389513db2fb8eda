import type { DropOutcome } from './scoring';
import { num } from './text-table';

export interface OracleTotals {
  /** Drops both the detector and the oracle caught: the ones whose delays can be compared. */
  compared: number;
  delayHours: number;
  oracleHours: number;
  /** Total delay over total oracle delay, on the compared drops. */
  ratio: number | null;
  /** Drops the oracle would have caught and the detector missed. */
  missedCatchable: number;
  /** Drops even the oracle would not have caught (too shallow or too short for their volume). */
  beyondOracle: number;
}

export function oracleTotals(drops: readonly DropOutcome[]): OracleTotals {
  const compared = drops.filter((d) => d.delayHours !== null && d.oracleHours !== null);
  const delayHours = compared.reduce((sum, d) => sum + d.delayHours!, 0);
  const oracleHours = compared.reduce((sum, d) => sum + d.oracleHours!, 0);
  return {
    compared: compared.length,
    delayHours,
    oracleHours,
    ratio: oracleHours > 0 ? delayHours / oracleHours : null,
    missedCatchable: drops.filter((d) => d.delayHours === null && d.oracleHours !== null).length,
    beyondOracle: drops.filter((d) => d.oracleHours === null).length,
  };
}

/** One row per labelled drop: where it is, what it is, the detector's delay, the oracle's, their ratio. */
export function oracleRow(scenario: string, d: DropOutcome): string[] {
  return [
    scenario,
    `${Math.round(d.drop.remaining * 100)}%`,
    d.durationHours === null ? 'ongoing' : `${d.durationHours} h`,
    num(d.expectedPerHour),
    d.delayHours === null ? 'missed' : num(d.delayHours),
    d.oracleHours === null ? '-' : num(d.oracleHours),
    d.delayHours !== null && d.oracleHours !== null ? num(d.delayHours / d.oracleHours) : '-',
  ];
}
