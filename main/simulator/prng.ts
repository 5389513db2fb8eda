/**
 * Counter-based randomness: every draw is a pure hash of (seed, what, which), so any hour of any
 * metric can be computed on its own, in O(1), in any order, and comes out the same every time.
 * A stateful generator could not do that without replaying history from the start.
 */
export type HashPart = string | number;

const twoTo32 = 0x1_0000_0000;

/** murmur3's finaliser: a cheap, well-mixed 32-bit avalanche. */
function fmix32(input: number): number {
  let h = input >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hashText(text: string): number {
  // FNV-1a over UTF-16 code units, then mixed: parts are short ids and labels.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return fmix32(h);
}

function hashNumber(value: number): number {
  // Integers beyond 32 bits (millisecond instants) keep their high half; fractions are scaled in.
  const integer = Math.floor(value);
  const low = integer >>> 0;
  const high = Math.floor(integer / twoTo32) >>> 0;
  const fraction = Math.floor((value - integer) * twoTo32) >>> 0;
  return fmix32(fmix32(low ^ 0x9e3779b9) ^ Math.imul(high, 0x85ebca6b) ^ Math.imul(fraction, 0xc2b2ae35));
}

/** A 32-bit hash of the seed and the parts, order-sensitive. */
export function hash32(seed: number, ...parts: readonly HashPart[]): number {
  let h = hashNumber(seed);
  for (const part of parts) {
    const value = typeof part === 'number' ? hashNumber(part) : hashText(part);
    h = fmix32(Math.imul(h ^ value, 0x27d4eb2d) + 0x165667b1);
  }
  return h;
}

/** A uniform draw in [0, 1). */
export function uniform(seed: number, ...parts: readonly HashPart[]): number {
  return hash32(seed, ...parts) / twoTo32;
}

/** A standard normal draw (Box-Muller on two independent uniforms). */
export function standardNormal(seed: number, ...parts: readonly HashPart[]): number {
  const u1 = 1 - uniform(seed, ...parts, 'normal-1');
  const u2 = uniform(seed, ...parts, 'normal-2');
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/**
 * A Poisson draw with mean `mean`. Inverse CDF below 30 (exact, at most a few dozen steps); the
 * normal approximation above, where it is indistinguishable and O(1).
 */
export function poisson(mean: number, seed: number, ...parts: readonly HashPart[]): number {
  if (!(mean > 0)) return 0;
  if (mean >= 30) {
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * standardNormal(seed, ...parts)));
  }
  const u = uniform(seed, ...parts, 'poisson');
  let k = 0;
  let probability = Math.exp(-mean);
  let cumulative = probability;
  while (u >= cumulative && k < 1000) {
    k += 1;
    probability *= mean / k;
    cumulative += probability;
  }
  return k;
}

const alphanumeric = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function drawChars(alphabet: string, length: number, seed: number, parts: readonly HashPart[]): string {
  let text = '';
  for (let i = 0; i < length; i += 1) {
    text += alphabet[hash32(seed, ...parts, 'char', i) % alphabet.length];
  }
  return text;
}

/** A Klaviyo-looking id of letters and digits. */
export function alphanumericId(length: number, seed: number, ...parts: readonly HashPart[]): string {
  return drawChars(alphanumeric, length, seed, parts);
}

/** The six-character ids of metrics, flows and accounts. */
export function shortId(seed: number, ...parts: readonly HashPart[]): string {
  return alphanumericId(6, seed, ...parts);
}

/** A ULID-looking id (profiles): 26 Crockford base-32 characters starting with `01`. */
export function ulidLikeId(seed: number, ...parts: readonly HashPart[]): string {
  return `01${drawChars(crockford, 24, seed, parts)}`;
}

/** An RFC 4122 version-4-shaped UUID. */
export function uuidLike(seed: number, ...parts: readonly HashPart[]): string {
  const hex = [0, 1, 2, 3].map((i) => hash32(seed, ...parts, 'uuid', i).toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
