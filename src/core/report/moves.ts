/**
 * Reading a report back: the weakest B's of a group, and what moved between periods.
 * Both use shown figures only, so they reveal nothing the groups hide.
 */
import { QUALITY_AUDIENCES, QUALITY_DIMENSIONS, type QualityAudience, type QualityDimension } from '../quality/index.js';
import { type QualityReport, type ReportGroup } from './aggregate.js';

/**
 * The B's of a group with figures, weakest (lowest mean) first; ties keep the canonical order.
 */
export function reportWeakest(group: ReportGroup): QualityDimension[] {
  return QUALITY_DIMENSIONS.filter((d) => group.dimensions[d] && !group.dimensions[d]!.suppressed).sort(
    (a, b) => group.dimensions[a]!.mean! - group.dimensions[b]!.mean!,
  );
}

/** What moved on one B between two periods (means, 0..100, with the responses behind them). */
export interface ReportMove {
  /** Who answered. */
  audience: QualityAudience;
  /** The B. */
  dimension: QualityDimension;
  /** The earlier and the later period. */
  from: string;
  /** The later period. */
  to: string;
  /** Mean and responses in the earlier period. */
  before: { mean: number; answered: number };
  /** Mean and responses in the later period. */
  after: { mean: number; answered: number };
  /** after minus before. */
  change: number;
}

/**
 * What moved per B between consecutive periods of each audience, biggest change first.
 * Built from shown figures only, so it reveals nothing the groups hide.
 */
export function qualityReportMoves(report: QualityReport): ReportMove[] {
  const moves: ReportMove[] = [];
  for (const audience of QUALITY_AUDIENCES) {
    const periods = report.groups.filter((g) => g.audience === audience && g.period !== undefined && g.period !== 'undated');
    for (let i = 1; i < periods.length; i++) {
      const [earlier, later] = [periods[i - 1], periods[i]];
      for (const dimension of QUALITY_DIMENSIONS) {
        const a = earlier.dimensions[dimension];
        const b = later.dimensions[dimension];
        if (!a || !b || a.suppressed || b.suppressed) continue;
        moves.push({
          audience, dimension, from: earlier.period!, to: later.period!,
          before: { mean: a.mean!, answered: a.answered! }, after: { mean: b.mean!, answered: b.answered! }, change: b.mean! - a.mean!,
        });
      }
    }
  }
  return moves.sort((x, y) => Math.abs(y.change) - Math.abs(x.change));
}
