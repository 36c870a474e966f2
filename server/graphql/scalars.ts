// Date (YYYY-MM-DD, checked by zod in inputs.ts), DateTime (ISO 8601) and JSON as GraphQL scalars.
import type { ValueNode } from 'graphql';
import { graphql } from './graphql-lib.ts';
import type { Resolvers } from './generated/types.ts';

const { GraphQLError, GraphQLScalarType, Kind } = graphql;

/**
 * Dates arrive as strings; their format is checked by zod with the rest of the
 * input (inputs.ts), so every problem in a request is reported together, at its field.
 */
function dateValue(v: unknown): string {
  if (typeof v !== 'string') throw new GraphQLError(`Date must be a string as YYYY-MM-DD, got ${JSON.stringify(v)}`);
  return v;
}

const literal = (ast: ValueNode): unknown => {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.LIST:
      return ast.values.map(literal);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literal(f.value)]));
    default:
      return null;
  }
};

export const scalarResolvers: Resolvers = {
  Date: new GraphQLScalarType({
    name: 'Date',
    description: 'A calendar date, YYYY-MM-DD',
    serialize: (v) => v,
    parseValue: dateValue,
    parseLiteral: (ast) => dateValue(ast.kind === Kind.STRING ? ast.value : undefined),
  }),
  DateTime: new GraphQLScalarType({ name: 'DateTime', description: 'An ISO 8601 timestamp', serialize: (v) => v }),
  JSON: new GraphQLScalarType({ name: 'JSON', description: 'Any JSON value', serialize: (v) => v, parseValue: (v) => v, parseLiteral: literal }),
};
