/**
 * The compliance board's counts beside the rules (issues 19 and 21): per unit and quarter, the
 * 发布评估 of events held and the 舆情 registered and answered, for the 通报.
 */
export interface EvaluationCounts {
  /** Events whose 文字实录 is reviewed as it stands (the 发布评估 can be read). */
  readonly reviewed: number;
  /** Findings raised, leaving out prepared 口径 never asked (kept only for the record). */
  readonly findings: number;
  /** Findings the news office marked 已核实: confirmed problems. */
  readonly verified: number;
}

export interface ConcernCounts {
  readonly registered: number;
  /** Closed by the export of a release, with the time it took. */
  readonly responded: number;
  /** Of those responded, within 5 and within 24 natural hours of first sight. */
  readonly respondedWithinInfo: number;
  readonly respondedWithinConference: number;
  /** Null when none was responded. */
  readonly averageResponseMs: number | null;
  readonly longestResponseMs: number | null;
  /** Items on the clock whose 5 h (24 h) passed before a release: answered late or not yet. */
  readonly overdueInfo: number;
  readonly overdueConference: number;
}

export interface TopicCounts {
  readonly evaluation: EvaluationCounts;
  readonly concerns: ConcernCounts;
}

export interface TopicRow {
  readonly unitId: string;
  readonly unitName: string;
  /** Index 0 is the first quarter. */
  readonly quarters: readonly TopicCounts[];
}

export interface BoardTopics {
  readonly year: number;
  /** Units with anything to count in the year, in the units' order. */
  readonly rows: readonly TopicRow[];
  /**
   * The county per quarter. An item concerning several units before one is made responsible
   * counts once here, under each of them in the rows.
   */
  readonly totals: readonly TopicCounts[];
}
