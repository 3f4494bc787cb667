/**
 * Universal vs targeted: where an offer sits between "for every family" and "only for
 * the families with the most needs", what that position reaches and what it risks.
 *
 * The scale runs from 0 (fully universal) to 100 (fully targeted). Proportionate
 * universalism (Marmot 2010: actions "must be universal, but with a scale and intensity
 * that is proportionate to the level of disadvantage") is the middle: a universal base
 * with intensity in proportion to need, the 'universal-plus' stop.
 *
 * The five stops ADAPT the four levels of UK health visiting (Community, Universal,
 * Universal Plus, Universal Partnership Plus; renamed in 2021 Community, Universal,
 * Targeted, Specialist). In that model every level sits on top of the universal offer.
 * samen keeps Community, Universal and Specialist, and splits the third level in two:
 * 'universal-plus' (extra help in proportion to need, Marmot's proportionate
 * universalism) and 'targeted' (extra help for families who meet criteria, still on a
 * universal base). The line then reads as: how much of an offer's weight rests on help
 * for some families rather than on the base for all. This split and the line are
 * samen's own reading, not the UK model's.
 *
 * Risks are curves over the scale, written as data: the universal-side ones
 * only grow toward 0, the targeted-side ones only grow toward 100, and their sum is
 * lowest at 50. The model opens a discussion; the middle is not risk-free, and the
 * result says so.
 */
import { type Cleaned } from '../shared.js';
import type { Provenance } from '../provenance.js';

/** The fully universal end of the scale. */
export const SLIDER_MIN = 0;
/** The fully targeted end of the scale. */
export const SLIDER_MAX = 100;
/** Where the slider starts when no (valid) value is given: proportionate universalism. */
export const SLIDER_DEFAULT = 50;

/** The stops along the scale, universal to targeted. */
export const SLIDER_STOP_IDS = ['community', 'universal', 'universal-plus', 'targeted', 'specialist'] as const;
/** A stop on the universal-targeted scale. */
export type SliderStopId = (typeof SLIDER_STOP_IDS)[number];

/** Who a position reaches; ids the element turns into text. */
export const SLIDER_REACH_IDS = [
  'whole-community',
  'all-families',
  'early',
  'families-with-more-needs',
  'families-with-most-needs',
] as const;
/** Who (or what) a position on the scale reaches. */
export type SliderReachId = (typeof SLIDER_REACH_IDS)[number];

/**
 * Where a statement comes from, so the element can credit it. `samen` marks the tool's
 * own reading (see src/core/provenance.ts): a risk the model adds to make the line
 * usable, which no source measured.
 */
export type SliderSourceId = 'marmot-2010' | 'van-lancker-2014' | 'inch' | 'uk-health-visiting' | 'samen';

/** One stop of the scale and the part of the scale it covers. */
export interface SliderStop {
  /** Stable id. */
  id: SliderStopId;
  /** Where the stop starts (inclusive). */
  from: number;
  /** Where the next stop starts (exclusive); the last stop also holds 100 itself. */
  to: number;
  /** A typical value for the stop, e.g. where a labelled step puts the slider. */
  center: number;
  /** Who an offer at this stop reaches, in the order the element lists them. */
  reaches: readonly SliderReachId[];
}

/**
 * The stops as data: five equal bands of 20. community starts at 0, universal at 20,
 * universal-plus at 40, targeted at 60, specialist at 80 (and runs up to and including
 * 100). Equal bands put 50, proportionate universalism, in the middle of universal-plus.
 *
 * Reach, stop by stop: a community offer (open places, public information) is open to
 * the whole neighbourhood, families not known to any service included; a universal
 * offer is open to every family in person, so questions can show early in the families
 * who come; universal plus keeps that base and adds help in proportion to need;
 * targeted help adds help for families who meet criteria, leaning less on the base;
 * specialist help narrows to the families with the most (often complex) needs. Reach
 * says whom an offer is open to, never that everyone comes: the risks say who is
 * missed, and the two never contradict each other at one position.
 */
export const SLIDER_STOPS: readonly SliderStop[] = [
  { id: 'community', from: 0, to: 20, center: 10, reaches: ['whole-community', 'all-families'] },
  { id: 'universal', from: 20, to: 40, center: 30, reaches: ['all-families', 'early'] },
  {
    id: 'universal-plus', from: 40, to: 60, center: 50,
    reaches: ['all-families', 'early', 'families-with-more-needs', 'families-with-most-needs'],
  },
  { id: 'targeted', from: 60, to: 80, center: 70, reaches: ['families-with-more-needs', 'families-with-most-needs'] },
  { id: 'specialist', from: 80, to: 100, center: 90, reaches: ['families-with-most-needs'] },
];

/** The risks the model knows, universal side first. */
export const SLIDER_RISK_IDS = [
  'poor-reach',
  'matthew-effect',
  'stigma',
  'threshold-exclusion',
  'eroding-solidarity',
  'late-detection',
] as const;
/** A risk of a position on the scale. */
export type SliderRiskId = (typeof SLIDER_RISK_IDS)[number];

/** Which end of the scale a risk belongs to: it only grows toward that end. */
export type SliderSide = 'universal' | 'targeted';

/** One risk as data: the end it belongs to, its source, and its strength along the scale. */
export interface SliderRisk {
  /** Stable id. */
  id: SliderRiskId;
  /** The end where the risk is strongest. */
  side: SliderSide;
  /** Who named the risk; `samen` when it is the tool's own reading. */
  source: SliderSourceId;
  /** A finding of `source`, or the tool's own reading (`source` is then `samen`). */
  provenance: Provenance;
  /**
   * Strength 0..1 at points of the scale, `[value, level]`, from 0 to 100; straight
   * lines in between. Monotone by construction: never rising away from `side`.
   */
  curve: ReadonlyArray<readonly [number, number]>;
}

/**
 * The risks along the scale (DOMAIN.md section 4). Too universal: the families with the
 * most needs are reached late or not at all, and the better-off use the offer most (the
 * Matthew effect, Van Lancker 2014 on childcare): findings of INCh (seed 000:
 * "universelle: problématique de l'accessibilité pour les pauvres") and Van Lancker.
 * Too targeted: stigma (INCh: "ciblée: risque de stigmatisation"), and three risks the
 * tool adds as its own reading: families just above a threshold shut out, solidarity
 * eroding, and needs found only late. The levels
 * are a discussion aid, not measurements: what they guarantee is their direction and
 * that the middle carries the least risk in total, while still carrying some.
 */
export const SLIDER_RISKS: readonly SliderRisk[] = [
  { id: 'poor-reach', side: 'universal', source: 'inch', provenance: 'finding', curve: [[0, 1], [20, 0.8], [40, 0.35], [50, 0.15], [60, 0.05], [75, 0], [100, 0]] },
  { id: 'matthew-effect', side: 'universal', source: 'van-lancker-2014', provenance: 'finding', curve: [[0, 0.8], [20, 0.75], [40, 0.3], [50, 0.1], [60, 0], [100, 0]] },
  { id: 'stigma', side: 'targeted', source: 'inch', provenance: 'finding', curve: [[0, 0], [40, 0], [50, 0.1], [60, 0.3], [80, 0.7], [100, 0.9]] },
  { id: 'threshold-exclusion', side: 'targeted', source: 'samen', provenance: 'reading', curve: [[0, 0], [45, 0], [50, 0.05], [60, 0.35], [80, 0.75], [100, 0.9]] },
  { id: 'eroding-solidarity', side: 'targeted', source: 'samen', provenance: 'reading', curve: [[0, 0], [50, 0.05], [60, 0.15], [80, 0.45], [100, 0.7]] },
  { id: 'late-detection', side: 'targeted', source: 'samen', provenance: 'reading', curve: [[0, 0], [50, 0.05], [60, 0.2], [80, 0.55], [100, 0.8]] },
];

/**
 * Risks weaker than this are left out of a result: a list of six risks at 0.01 would
 * bury the two that matter. At 50 every risk sits at or just above it, so the middle
 * still shows that it trades a little of everything.
 */
export const SLIDER_RISK_FLOOR = 0.05;

/** How strong a risk is, in words the element can translate. */
export type SliderRiskBand = 'low' | 'moderate' | 'high';

/** One risk of a position, with its strength there. */
export interface SliderRiskLevel {
  /** The risk id. */
  id: SliderRiskId;
  /** Strength 0..1 at this position. */
  level: number;
  /** `level` in three bands: below 1/3 low, below 2/3 moderate, else high. */
  band: SliderRiskBand;
  /** The end of the scale this risk belongs to. */
  side: SliderSide;
  /** Who named the risk; `samen` when it is the tool's own reading. */
  source: SliderSourceId;
  /** A finding of `source`, or the tool's own reading. */
  provenance: Provenance;
}

/** What a position on the scale means. */
export interface SliderResult {
  /** The cleaned position, 0..100. */
  value: number;
  /** The stop the position falls in. */
  stop: SliderStopId;
  /** Who the position reaches. */
  reaches: SliderReachId[];
  /** Risks at or above {@link SLIDER_RISK_FLOOR}, strongest first (ties in scale order). */
  risks: SliderRiskLevel[];
  /** The sum of every risk's level here, including those below the floor. */
  totalRisk: number;
  /** True in the universal-plus stop: a universal base with intensity in proportion to need. */
  proportionate: boolean;
  /** How close the position is to proportionate universalism: 1 at 50, 0 at either end. */
  proportionality: number;
  /** Which way proportionate universalism lies from here; null inside universal-plus. */
  towardProportionate: SliderSide | null;
}

// Rounding to six decimals hides floating-point noise at the joints of a curve, so a
// level never dips by 1e-17 where two straight lines meet. Rounding keeps the order.
function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

function clampToScale(n: number): number {
  return Math.min(SLIDER_MAX, Math.max(SLIDER_MIN, n));
}

/**
 * Cleans a position given as a property, attribute or form value. Never throws.
 * Numbers and numeric strings are clamped to 0..100 (with an `out-of-range` issue when
 * clamped; infinities clamp to the nearer end). Nothing given (undefined, null, an empty
 * string) is the default 50 without an issue; anything else, NaN included, is the
 * default 50 with an `invalid-value` issue.
 * @param input the raw value.
 * @param path where the value came from, used in the issue.
 */
export function cleanSliderValue(input: unknown, path = 'value'): Cleaned<number> {
  if (input === undefined || input === null) return { value: SLIDER_DEFAULT, issues: [] };
  let n: number;
  if (typeof input === 'number') n = input;
  else if (typeof input === 'string') {
    const text = input.trim();
    if (text === '') return { value: SLIDER_DEFAULT, issues: [] };
    // Number('') and Number(' ') are 0, and Number('0x10') is 16: accept decimal only.
    n = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text) || /^[+-]?Infinity$/.test(text) ? Number(text) : NaN;
  } else n = NaN;
  if (Number.isNaN(n)) return { value: SLIDER_DEFAULT, issues: [{ path, problem: 'invalid-value', received: input }] };
  const value = clampToScale(n) + 0; // + 0 turns -0 into 0
  if (value !== n) return { value, issues: [{ path, problem: 'out-of-range', received: input }] };
  return { value, issues: [] };
}

/**
 * The stop a position falls in. Each stop holds its `from` and not its `to`, except the
 * last, which holds 100. Any number is accepted (cleaned first).
 */
export function sliderStopAt(value: number): SliderStop {
  const v = cleanSliderValue(value).value;
  return SLIDER_STOPS.find((s) => v >= s.from && v < s.to) ?? SLIDER_STOPS[SLIDER_STOPS.length - 1];
}

/** The level of one risk at a (cleaned) position, read off its curve. */
function levelOn(curve: SliderRisk['curve'], v: number): number {
  for (let i = 0; i + 1 < curve.length; i++) {
    const [x0, y0] = curve[i];
    const [x1, y1] = curve[i + 1];
    // Half-open segments: a joint belongs to the segment that starts there, so it
    // takes the exact tabled value.
    if (v >= x0 && v < x1) return round(y0 + ((y1 - y0) * (v - x0)) / (x1 - x0));
  }
  return curve[curve.length - 1][1];
}

/**
 * The strength 0..1 of one risk at a position, whether or not it clears the floor.
 * Any number is accepted (cleaned first).
 */
export function sliderRiskLevel(id: SliderRiskId, value: number): number {
  const risk = SLIDER_RISKS.find((r) => r.id === id);
  return risk ? levelOn(risk.curve, cleanSliderValue(value).value) : 0;
}

function bandOf(level: number): SliderRiskBand {
  return level < 1 / 3 ? 'low' : level < 2 / 3 ? 'moderate' : 'high';
}

/**
 * What a position reaches and risks. Total over every number: NaN becomes 50,
 * negatives and -Infinity 0, anything above 100 becomes 100.
 * @param value the position, 0 (fully universal) to 100 (fully targeted).
 */
export function sliderResult(value: number): SliderResult {
  const v = cleanSliderValue(value).value;
  const stop = sliderStopAt(v);
  const all = SLIDER_RISKS.map((r) => ({ id: r.id, level: levelOn(r.curve, v), side: r.side, source: r.source, provenance: r.provenance }));
  const risks = all
    .filter((r) => r.level >= SLIDER_RISK_FLOOR)
    .map((r) => ({ ...r, band: bandOf(r.level) }))
    // Array.prototype.sort is stable, so equal levels keep the scale order of SLIDER_RISKS.
    .sort((a, b) => b.level - a.level);
  const middle = (SLIDER_MIN + SLIDER_MAX) / 2;
  const proportionate = stop.id === 'universal-plus';
  return {
    value: v,
    stop: stop.id,
    reaches: [...stop.reaches],
    risks,
    totalRisk: round(all.reduce((sum, r) => sum + r.level, 0)),
    proportionate,
    proportionality: round(1 - Math.abs(v - middle) / middle),
    towardProportionate: proportionate ? null : v < middle ? 'targeted' : 'universal',
  };
}

/**
 * The string a form submits for a position: the cleaned value, e.g. `"50"`.
 * @param value any number; cleaned first, so the form never submits `NaN`.
 */
export function sliderFormValue(value: number): string {
  return String(cleanSliderValue(value).value);
}
