// Types generated from the SDL (npm run codegen; the output is committed and
// test/schema/generated-types.test.ts fails when it is stale):
// - the server's resolver types, each GraphQL type's parent being the shape
//   the server really passes (mappers → server/graphql/parents.ts);
// - the page's operations (the /* GraphQL */ documents in web/src/queries.ts),
//   their results and variables.
import type { CodegenConfig } from '@graphql-codegen/cli';

/** Both outputs: scalars as they travel in JSON, enums as string unions (the zod enums in schema/enums.ts are the same strings). */
const shared = {
  scalars: { ID: 'string', Date: 'string', DateTime: 'string', JSON: 'unknown' },
  enumsAsTypes: true,
  useTypeImports: true,
};

/** GraphQL types whose resolvers receive the server's own shapes (server/graphql/parents.ts), not the GraphQL shapes. */
const MAPPED = [
  'Actor', 'CareLevel', 'Forum', 'TargetGroup', 'Initiative', 'Gap',
  'Relationship', 'Participation', 'PopulationEstimate',
  'ActorConnection', 'CareLevelConnection', 'ForumConnection', 'TargetGroupConnection', 'InitiativeConnection', 'GapConnection',
  'ChangeResult', 'GapAnalysis', 'GapComparison', 'Finding', 'CoverageMatrix', 'CoverageColumn', 'CoverageRow', 'CoverageCell',
  'CollaborationPath', 'Source', 'GapRule', 'Graph', 'MapNode',
];

const config: CodegenConfig = {
  schema: 'schema/graphql/*.graphql',
  generates: {
    'server/graphql/generated/types.ts': {
      plugins: [{ add: { content: '// Generated from schema/graphql/*.graphql by `npm run codegen` (codegen.ts); do not edit.' } }, 'typescript', 'typescript-resolvers'],
      config: {
        ...shared,
        contextType: '../context.ts#GqlContext',
        // a resolver may answer a nullable field with undefined, as graphql-js allows
        maybeValue: 'T | null | undefined',
        mappers: Object.fromEntries(MAPPED.map((type) => [type, `../parents.ts#${type}Parent`])),
        // Mercurius reads `resolveType` and `isTypeOf`, without graphql-tools' `__`
        internalResolversPrefix: '',
        // the resolvers' own types, not the SDL's descriptions: the SDL is where those are read
        noSchemaStitching: true,
      },
    },
    'web/src/generated/operations.ts': {
      documents: 'web/src/queries.ts',
      plugins: [{ add: { content: '// Generated from schema/graphql/*.graphql and web/src/queries.ts by `npm run codegen` (codegen.ts); do not edit.' } }, 'typescript-operations'],
      // no `__typename` in the results: the page does not ask for it
      config: { ...shared, skipTypename: true },
    },
  },
};

export default config;
