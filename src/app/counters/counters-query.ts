import { PROCEDURES, type ProcedureId } from '../../cities/vocabulary';
import { quoted } from '../query/quoted';

// The /counters query (public contract): city=<id>, optional procedure=renewal|pin-reset|pin-change.

/** What a /counters link asks for, or what is wrong with it. */
export type CountersQuery =
  | { kind: 'choose-city'; procedure: ProcedureId | null }
  | { kind: 'city'; city: string; procedure: ProcedureId | null }
  | { kind: 'problem'; city: string | null; badCity: string | null; badProcedure: string | null };

/** Reads city and procedure; an empty parameter counts as absent, an unknown value as a problem to show. */
export function parseCountersQuery(query: Readonly<Record<string, string>>, cityIds: readonly string[]): CountersQuery {
  const city = query.city?.trim() || null;
  const procedure = query.procedure?.trim() || null;
  const badCity = city !== null && !cityIds.includes(city) ? quoted(city) : null;
  const badProcedure = procedure !== null && !(PROCEDURES as readonly string[]).includes(procedure) ? quoted(procedure) : null;
  if (badCity || badProcedure) return { kind: 'problem', city: badCity ? null : city, badCity, badProcedure };
  if (city === null) return { kind: 'choose-city', procedure: procedure as ProcedureId | null };
  return { kind: 'city', city, procedure: procedure as ProcedureId | null };
}
