import { minHourlyVolumeSchema } from '../../../shared/domain/metric-monitor';

export type ParsedVolume = { ok: true; value: number | null } | { ok: false };

/**
 * The minimum hourly volume as typed: empty is "always hourly" (null); a comma is read as the
 * decimal mark too, as French, German and Portuguese write it; anything else the contract refuses
 * is refused here first, so the message is about the field, not the call.
 */
export function parseMinHourlyVolume(text: string): ParsedVolume {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (!/^\d+(?:[.,]\d+)?$/.test(trimmed)) return { ok: false };
  const parsed = minHourlyVolumeSchema.safeParse(Number(trimmed.replace(',', '.')));
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false };
}
