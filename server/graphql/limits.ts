// Validation rules that refuse abusive queries before they run (OWASP GraphQL
// cheat sheet): too deep, too many aliases, too high an estimated cost;
// introspection can be switched off. Introspection (`__schema`, `__type`) is
// measured by its own rule: the standard query of GraphiQL and graphql-js
// (13–15 levels deep through `ofType`) fits, while a query that walks
// `fields { type { fields { … } } }` over and over does not.
import type { ASTVisitor, FragmentDefinitionNode, GraphQLCompositeType, SelectionSetNode, ValidationContext, ValidationRule } from 'graphql';
import { MAX_PAGE } from '../store/port.ts';
import { graphql } from './graphql-lib.ts';

const { GraphQLError, Kind, getNamedType, getNullableType, isCompositeType, isListType, isObjectType, isInterfaceType, NoSchemaIntrospectionCustomRule } = graphql;

/** How many items a list field is assumed to return when no `first`/`limit` says. */
const LIST_GUESS = 10;
/** A connection's default page (`first: Int = 50` in the SDL). */
const PAGE_DEFAULT = 50;

const tooComplex = (message: string) => new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX' } });

/** Lists an introspection query may nest (types → fields → args in the standard query), and its depth (the standard one: 15). */
export const INTROSPECTION_LIST_HOPS = 3;
export const INTROSPECTION_DEPTH = 20;
const INTROSPECTION_LISTS = new Set(['types', 'fields', 'inputFields', 'interfaces', 'possibleTypes', 'enumValues', 'args', 'directives']);

/**
 * The deepest selection of each operation, fragments followed: fields outside
 * introspection against `max`; inside `__schema`/`__type`, depth against
 * INTROSPECTION_DEPTH and nested lists against INTROSPECTION_LIST_HOPS.
 */
export function depthLimit(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const walk = (set: SelectionSetNode, depth: number, intro: { depth: number; hops: number } | null, seen: ReadonlySet<string>): string | null => {
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          const name = sel.name.value;
          let inIntro = intro;
          if (inIntro) inIntro = { depth: inIntro.depth + 1, hops: inIntro.hops + (INTROSPECTION_LISTS.has(name) ? 1 : 0) };
          else if (name === '__schema' || name === '__type') inIntro = { depth: 1, hops: 0 };
          if (inIntro) {
            if (inIntro.depth > INTROSPECTION_DEPTH) return `An introspection query deeper than ${INTROSPECTION_DEPTH}`;
            if (inIntro.hops > INTROSPECTION_LIST_HOPS) return `An introspection query nesting more than ${INTROSPECTION_LIST_HOPS} lists (types, fields, args …)`;
          } else if (depth + 1 > max) {
            return `The query is deeper than ${max} levels (QUERY_DEPTH)`;
          }
          if (sel.selectionSet) {
            const found = walk(sel.selectionSet, depth + 1, inIntro, seen);
            if (found) return found;
          }
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          const found = walk(sel.selectionSet, depth, intro, seen);
          if (found) return found;
        } else {
          const name = sel.name.value;
          const frag = context.getFragment(name);
          if (!frag || seen.has(name)) continue; // cycles are reported by graphql's own rule
          const found = walk(frag.selectionSet, depth, intro, new Set([...seen, name]));
          if (found) return found;
        }
      }
      return null;
    };
    return {
      OperationDefinition(node) {
        const problem = walk(node.selectionSet, 0, null, new Set());
        if (problem) context.reportError(tooComplex(problem));
      },
    };
  };
}

export function aliasLimit(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    let count = 0;
    return {
      Field(node) {
        if (node.alias && ++count === max + 1) context.reportError(tooComplex(`More than ${max} aliases in one request`));
      },
    };
  };
}

/**
 * The estimated cost of an operation: every field costs 1 for each time it can
 * appear, so a field inside a list costs the list's size: a connection's
 * `nodes` as many as its `first` (MAX_PAGE when a variable), another list its
 * `limit`, or a guess.
 */
export function estimateCost(context: ValidationContext, selectionSet: SelectionSetNode, parent: GraphQLCompositeType, multiplier: number, seen: Set<string>, pageSize = PAGE_DEFAULT): number {
  let cost = 0;
  for (const sel of selectionSet.selections) {
    if (sel.kind === Kind.FIELD) {
      // introspection is bounded by depthLimit's own rule and the schema's size, not by the data
      if (sel.name.value === '__schema' || sel.name.value === '__type') continue;
      cost += multiplier;
      const fields = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields() : {};
      const def = fields[sel.name.value];
      if (!def || !sel.selectionSet) continue;
      const named = getNamedType(def.type);
      if (!isCompositeType(named)) continue;
      const sizeArg = sel.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'limit');
      const size = sizeArg ? (sizeArg.value.kind === Kind.INT ? Number(sizeArg.value.value) : MAX_PAGE) : undefined;
      if (named.name.endsWith('Connection')) {
        // the connection itself is one object; its `nodes` list carries the page size
        cost += estimateCost(context, sel.selectionSet, named, multiplier, seen, size ?? PAGE_DEFAULT);
        continue;
      }
      const isList = isListType(getNullableType(def.type));
      const factor = !isList ? 1 : parent.name.endsWith('Connection') ? pageSize : (size ?? LIST_GUESS);
      cost += estimateCost(context, sel.selectionSet, named, multiplier * Math.max(1, factor), seen);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      const type = sel.typeCondition ? context.getSchema().getType(sel.typeCondition.name.value) : parent;
      if (type && isCompositeType(type)) cost += estimateCost(context, sel.selectionSet, type, multiplier, seen, pageSize);
    } else {
      const name = sel.name.value;
      const frag: FragmentDefinitionNode | null | undefined = context.getFragment(name);
      if (!frag || seen.has(name)) continue; // cycles are reported by graphql's own rule
      const type = context.getSchema().getType(frag.typeCondition.name.value);
      if (type && isCompositeType(type)) cost += estimateCost(context, frag.selectionSet, type, multiplier, new Set([...seen, name]), pageSize);
    }
  }
  return cost;
}

export function costLimit(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const schema = context.getSchema();
      const root = node.operation === 'query' ? schema.getQueryType() : node.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
      if (!root) return;
      const cost = estimateCost(context, node.selectionSet, root, 1, new Set());
      if (cost > max) context.reportError(tooComplex(`The query's estimated cost ${cost} is over the limit of ${max}`));
    },
  });
}

export function validationRules(opts: { queryDepth: number; maxAliases: number; maxCost: number; introspection: boolean }): ValidationRule[] {
  return [depthLimit(opts.queryDepth), aliasLimit(opts.maxAliases), costLimit(opts.maxCost), ...(opts.introspection ? [] : [NoSchemaIntrospectionCustomRule])];
}
