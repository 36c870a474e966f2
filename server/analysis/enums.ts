// The analysis API's closed vocabularies live with the rest of the domain in
// schema/enums.ts (the SDL test holds them to schema/graphql/analysis.graphql).
export { CoverageColumns, CoverageRows, CoverageState, FindingScopeKind } from '../../schema/enums.ts';
