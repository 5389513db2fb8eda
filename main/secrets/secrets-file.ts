import { z } from 'zod';

/** One stored key: its ciphertext (base64) and whether it was protected only weakly. */
export interface SecretsFileEntry {
  value: string;
  weak: boolean;
}

// Older files hold the ciphertext alone; entries now say how they were protected.
const entrySchema = z.union([
  z.string().transform((value): SecretsFileEntry => ({ value, weak: false })),
  z.object({ value: z.string(), weak: z.boolean() }),
]);

/**
 * What a secrets file holds, entry by entry. `raw` keeps every entry as it was found, readable or
 * not, so rewriting the file for one key never drops another; `unreadable` names the entries
 * whose shape is wrong. `damaged` says the file as a whole was not a JSON object (truncated, empty,
 * garbled): its entries are then those that could be salvaged from the text.
 */
export interface SecretsFileContents {
  entries: ReadonlyMap<string, SecretsFileEntry>;
  unreadable: readonly string[];
  raw: Readonly<Record<string, unknown>>;
  damaged: boolean;
}

export function parseSecretsFile(text: string): SecretsFileContents {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return salvage(text);
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return salvage(text);
  const raw = document as Record<string, unknown>;
  const entries = new Map<string, SecretsFileEntry>();
  const unreadable: string[] = [];
  for (const [ref, value] of Object.entries(raw)) {
    const parsed = entrySchema.safeParse(value);
    if (parsed.success) entries.set(ref, parsed.data);
    else unreadable.push(ref);
  }
  return { entries, unreadable, raw, damaged: false };
}

export function serializeSecretsFile(raw: Readonly<Record<string, unknown>>): string {
  return `${JSON.stringify(raw, null, 2)}\n`;
}

const jsonString = String.raw`"((?:[^"\\]|\\.)*)"`;
const base64 = String.raw`"([A-Za-z0-9+/=]*)"`;
const objectEntry = new RegExp(String.raw`${jsonString}\s*:\s*\{\s*"value"\s*:\s*${base64}\s*,\s*"weak"\s*:\s*(true|false)\s*\}`, 'g');
const legacyEntry = new RegExp(String.raw`${jsonString}\s*:\s*${base64}(?!\s*,\s*"weak")`, 'g');

/**
 * Keeps every complete entry of a file that no longer parses: a file cut short keeps the entries
 * before the cut, a garbled byte costs only the entry it fell in. An entry recovered here still
 * has to decrypt before its key is used.
 */
function salvage(text: string): SecretsFileContents {
  const entries = new Map<string, SecretsFileEntry>();
  const taken: [number, number][] = [];
  for (const match of text.matchAll(objectEntry)) {
    const ref = decodeRef(match[1]);
    if (ref === null || match[2] === undefined) continue;
    entries.set(ref, { value: match[2], weak: match[3] === 'true' });
    taken.push([match.index, match.index + match[0].length]);
  }
  for (const match of text.matchAll(legacyEntry)) {
    const ref = decodeRef(match[1]);
    if (ref === null || ref === 'value' || match[2] === undefined) continue;
    if (taken.some(([start, end]) => match.index >= start && match.index < end)) continue;
    if (!entries.has(ref)) entries.set(ref, { value: match[2], weak: false });
  }
  const raw = Object.fromEntries([...entries].map(([ref, entry]) => [ref, { ...entry }]));
  return { entries, unreadable: [], raw, damaged: true };
}

function decodeRef(quoted: string | undefined): string | null {
  if (quoted === undefined) return null;
  try {
    const ref: unknown = JSON.parse(`"${quoted}"`);
    return typeof ref === 'string' && ref.length > 0 ? ref : null;
  } catch {
    return null;
  }
}
