import type { Source } from './schema';
import type { National, Pin } from './national-schema';
import type { PinId } from './vocabulary';
import nationalJson from './national.json';

// National rules that the city pages assume (the four PINs, the convenience-store reset, changing a PIN at home).
// Like a city file, every rule carries its source, so the triage can show why a route is open or closed.

export { PIN_IDS, type PinId } from './vocabulary';

export type { National, Pin } from './national-schema';

/** The app's national rules, checked against the schema when bundled (src/cities/vite-plugin.ts). */
export const national = nationalJson as unknown as National;

/** One PIN's rules. */
export function pinRule(rules: National, id: PinId): Pin {
  return rules.pins.find((p) => p.id === id)!;
}

/** The source of a national rule, by id; throws when the file lacks it (a test keeps them in step). */
export function ruleSource(rules: National, id: string): Source {
  const rule = rules.rules.find((r) => r.id === id);
  if (!rule) throw new Error(`national.json: no rule ${id}`);
  return rule.source;
}
