// The analysis engine's public face: create it over a store; the pure
// functions and types are here too for tests and other consumers.
export { createAnalysisEngine } from './engine.ts';
export type { AnalysisEngine, CoverageInput, EngineOptions, GapAnalysisInput, PromoteInput } from './engine.ts';
export { RULES, RULE_IDS, findingKey, ruleOfKey, type Localized, type RuleId, type RuleInfo } from './catalogue.ts';
export { DEFAULT_OPTIONS, DEFAULT_HANDOVER_PAIRS, mergeOptions, pairKey, type AnalysisOptions, type HandoverPair } from './options.ts';
export type { Finding, ScopeKind } from './finding.ts';
export type { Dismissal, FindingView, GapAnalysis, GapComparison } from './gaps.ts';
export type { CoverageCell, CoverageColumn, CoverageColumnKind, CoverageMatrix, CoverageRow, CoverageRowKind } from './coverage.ts';
export type { CollaborationPath } from './paths.ts';
export { ReadModel } from '../read-model/read-model.ts';
export { ReadModelSource } from '../read-model/source.ts';
export { AsOfView } from './view.ts';
export { detectFindings } from './rules/index.ts';
export { statusOn, todayInSweden } from '../../schema/time.ts';
export { CoverageColumns, CoverageRows, CoverageState, FindingScopeKind } from './enums.ts';
export { DISMISSALS, promotedGapId } from './recorded.ts';
