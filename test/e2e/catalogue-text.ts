/** Fills a catalogue message's placeholders, as the screen does, so specs find the words shown. */
export function fill(message: string, values: Record<string, string>): string {
  return message.replace(/{{\s*(\w+)\s*}}/g, (_whole, name: string) => values[name] ?? '');
}
