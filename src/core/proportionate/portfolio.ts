/**
 * A network's portfolio on the universal-targeted scale: its services grouped by stop,
 * and the gaps that grouping shows (no universal base, nothing for the families with the
 * most needs, everything in one place, no proportionate middle).
 */
import { type Cleaned, type InputIssue, isRecord } from '../shared.js';
import { SLIDER_STOPS, type SliderStopId, cleanSliderValue, sliderStopAt } from './scale.js';
import type { Credit } from '../provenance.js';

/** One service of a network and where it sits on the scale. */
export interface SliderService {
  /** The name the network uses, trimmed; never empty. */
  name: string;
  /** Its position, 0 (fully universal) to 100 (fully targeted). */
  value: number;
}

/** The gaps a portfolio can show, in the order the element lists them. */
export const SLIDER_GAP_IDS = [
  'no-universal-base',
  'no-proportionate-middle',
  'nothing-for-most-needs',
  'all-in-one-place',
] as const;
/** A gap in a portfolio. */
export type SliderGapId = (typeof SLIDER_GAP_IDS)[number];

/**
 * Where the advice given with each gap comes from (see src/core/provenance.ts), so the
 * element credits it like the risks: a strong local social policy for all residents and
 * front-line workers who go out to families are INCh's (seed 000, "Une politique locale en
 * appui" and the micro-level recommendation); a basic offer for all with measures adapted
 * to the most vulnerable is "Kinderen eerst" good practice 2 (seed 003). That a network
 * needs a mix along the line is the tool's own reading.
 */
export const SLIDER_GAP_CREDITS: Readonly<Record<SliderGapId, Credit>> = Object.freeze({
  'no-universal-base': { provenance: 'finding', source: 'inch' },
  'no-proportionate-middle': { provenance: 'finding', source: 'kinderen-eerst' },
  'nothing-for-most-needs': { provenance: 'finding', source: 'inch' },
  'all-in-one-place': { provenance: 'reading', source: 'samen' },
});

/** A gap and the stops that explain it. */
export interface SliderGap {
  /** The gap id. */
  id: SliderGapId;
  /**
   * The stops behind the gap: the empty stops for the first three gaps, the one
   * crowded stop for 'all-in-one-place'. Lets the element point at them on the line.
   */
  stops: SliderStopId[];
}

/** The services that fall in one stop. */
export interface SliderStopGroup {
  /** The stop. */
  stop: SliderStopId;
  /** Its services, from most universal to most targeted (equal values keep input order). */
  services: SliderService[];
}

/** A portfolio placed on the scale. */
export interface SliderPortfolio {
  /** Every stop in scale order, each with its services (possibly none). */
  byStop: SliderStopGroup[];
  /** The gaps found, in {@link SLIDER_GAP_IDS} order; none for an empty portfolio. */
  gaps: SliderGap[];
}

/** The stops that make a universal base: open to every family without a threshold. */
const UNIVERSAL_BASE: readonly SliderStopId[] = ['community', 'universal'];
/** The stops that reach the families with the most needs with help of their own. */
const FOR_MOST_NEEDS: readonly SliderStopId[] = ['targeted', 'specialist'];
/** Proportionate universalism's own stop. */
const MIDDLE: readonly SliderStopId[] = ['universal-plus'];

/**
 * Cleans a portfolio given as a property or a parsed JSON attribute, whatever its
 * shape. Never throws. Keeps `{ name, value }` entries: names are trimmed and must not
 * be empty; values are cleaned like the slider's own (clamped with an issue). Entries
 * that are not objects, lack a name, lack a usable value, or repeat an earlier name
 * (ignoring case) are dropped with an issue: placing a service at a guessed position
 * would draw a portfolio the network does not have. Other keys are ignored, so a host
 * may keep its own fields (an id, a link) on the same objects.
 * @param input the raw list; undefined or null is an empty portfolio.
 */
export function cleanServices(input: unknown): Cleaned<SliderService[]> {
  const value: SliderService[] = [];
  const issues: InputIssue[] = [];
  if (input === undefined || input === null) return { value, issues };
  if (!Array.isArray(input)) return { value, issues: [{ path: 'services', problem: 'invalid-value', received: input }] };
  const seen = new Set<string>();
  input.forEach((entry: unknown, i) => {
    const path = `services[${i}]`;
    if (!isRecord(entry)) {
      issues.push({ path, problem: 'not-an-object', received: entry });
      return;
    }
    const name = typeof entry.name === 'string' ? entry.name.trim() : '';
    if (name === '') {
      issues.push({ path: `${path}.name`, problem: 'invalid-value', received: entry.name });
      return;
    }
    // A missing value is not "the default": it is a service the network did not place.
    if (entry.value === undefined || entry.value === null || entry.value === '') {
      issues.push({ path: `${path}.value`, problem: 'invalid-value', received: entry.value });
      return;
    }
    const position = cleanSliderValue(entry.value, `${path}.value`);
    if (position.issues.some((issue) => issue.problem === 'invalid-value')) {
      issues.push(...position.issues);
      return;
    }
    const key = name.toLowerCase();
    if (seen.has(key)) {
      issues.push({ path: `${path}.name`, problem: 'duplicate', received: entry.name });
      return;
    }
    seen.add(key);
    issues.push(...position.issues); // clamped: kept, but reported
    value.push({ name, value: position.value });
  });
  return { value, issues };
}

/**
 * Groups (cleaned) services by stop and names the gaps. An empty portfolio has no gaps:
 * there is nothing to read yet.
 * - 'no-universal-base': nothing in community or universal.
 * - 'no-proportionate-middle': nothing in universal-plus, so nothing bridges the open
 *   offer and the help behind a threshold.
 * - 'nothing-for-most-needs': nothing in targeted or specialist.
 * - 'all-in-one-place': two or more services, all in the same stop.
 * @param services the portfolio; values outside 0..100 are cleaned as the slider does.
 */
export function portfolioGaps(services: readonly SliderService[]): SliderPortfolio {
  const byStop: SliderStopGroup[] = SLIDER_STOPS.map((s) => ({ stop: s.id, services: [] }));
  for (const service of services) {
    const group = byStop.find((g) => g.stop === sliderStopAt(service.value).id)!;
    group.services.push(service);
  }
  for (const group of byStop) group.services.sort((a, b) => cleanSliderValue(a.value).value - cleanSliderValue(b.value).value);
  const gaps: SliderGap[] = [];
  if (services.length > 0) {
    const empty = (stops: readonly SliderStopId[]) => stops.every((s) => byStop.find((g) => g.stop === s)!.services.length === 0);
    if (empty(UNIVERSAL_BASE)) gaps.push({ id: 'no-universal-base', stops: [...UNIVERSAL_BASE] });
    if (empty(MIDDLE)) gaps.push({ id: 'no-proportionate-middle', stops: [...MIDDLE] });
    if (empty(FOR_MOST_NEEDS)) gaps.push({ id: 'nothing-for-most-needs', stops: [...FOR_MOST_NEEDS] });
    const used = byStop.filter((g) => g.services.length > 0);
    if (services.length >= 2 && used.length === 1) gaps.push({ id: 'all-in-one-place', stops: [used[0].stop] });
  }
  return { byStop, gaps };
}
