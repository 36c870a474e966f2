// The schema documents itself: every type, field, argument, input field and
// enum value in schema/graphql/*.graphql carries a description (GraphiQL's
// docs, codegen comments and analysts' tools show them), and names follow
// GraphQL's conventions. A schema lint in the manner of graphql-schema-linter,
// walked with graphql-js; a failure lists every element by its schema
// coordinate (`Type.field(arg:)`, `Enum.VALUE`).
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedDirective,
  isSpecifiedScalarType,
  isUnionType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadSdl } from '../../server/graphql/index.ts';

const schema = buildSchema(loadSdl());

/** One documentable element of the schema, by its coordinate. */
interface Element {
  coordinate: string;
  kind: 'type' | 'field' | 'argument' | 'input field' | 'enum value';
  name: string;
  description: string | null | undefined;
}

/** The schema's own types (not introspection's, not the built-in scalars) and its own directives. */
function walk(s: GraphQLSchema): Element[] {
  const out: Element[] = [];
  const args = (owner: string, list: readonly GraphQLArgument[]) => {
    for (const a of list) out.push({ coordinate: `${owner}(${a.name}:)`, kind: 'argument', name: a.name, description: a.description });
  };
  const types = Object.values(s.getTypeMap()).filter((t: GraphQLNamedType) => !t.name.startsWith('__') && !isSpecifiedScalarType(t));
  for (const t of types) {
    out.push({ coordinate: t.name, kind: 'type', name: t.name, description: t.description });
    if (isObjectType(t) || isInterfaceType(t)) {
      for (const f of Object.values(t.getFields()) as GraphQLField<unknown, unknown>[]) {
        out.push({ coordinate: `${t.name}.${f.name}`, kind: 'field', name: f.name, description: f.description });
        args(`${t.name}.${f.name}`, f.args);
      }
    } else if (isInputObjectType(t)) {
      for (const f of Object.values(t.getFields()) as GraphQLInputField[]) {
        out.push({ coordinate: `${t.name}.${f.name}`, kind: 'input field', name: f.name, description: f.description });
      }
    } else if (isEnumType(t)) {
      for (const v of t.getValues()) out.push({ coordinate: `${t.name}.${v.name}`, kind: 'enum value', name: v.name, description: v.description });
    } else if (!isScalarType(t) && !isUnionType(t)) {
      throw new Error(`The walk does not know ${(t as GraphQLNamedType).name}`);
    }
  }
  for (const d of s.getDirectives().filter((x) => !isSpecifiedDirective(x))) args(`@${d.name}`, d.args);
  return out;
}

const elements = walk(schema);

/** A description that says something: present, not blank, not just the element's name again. */
function documented(e: Element): boolean {
  const text = (e.description ?? '').trim();
  return text.length > 0 && text.replace(/[^a-z0-9]/gi, '').toLowerCase() !== e.name.replace(/[^a-z0-9]/gi, '').toLowerCase();
}

describe('schema documentation', () => {
  it('walks the whole schema', () => {
    // guards the walk itself: the schema has hundreds of fields, and every kind of element
    for (const kind of ['type', 'field', 'argument', 'input field', 'enum value'] as const) {
      expect(elements.filter((e) => e.kind === kind).length, kind).toBeGreaterThan(kind === 'field' ? 300 : 50);
    }
  });

  it.each(['type', 'field', 'argument', 'input field', 'enum value'] as const)('describes every %s', (kind) => {
    const missing = elements.filter((e) => e.kind === kind && !documented(e)).map((e) => e.coordinate);
    expect(missing, `${missing.length} without a description`).toEqual([]);
  });

  it('gives every deprecated field and enum value a reason', () => {
    const noReason: string[] = [];
    for (const t of Object.values(schema.getTypeMap())) {
      if (t.name.startsWith('__')) continue;
      if (isObjectType(t) || isInterfaceType(t)) {
        for (const f of Object.values(t.getFields())) if (f.deprecationReason != null && !f.deprecationReason.trim()) noReason.push(`${t.name}.${f.name}`);
      }
      if (isEnumType(t)) for (const v of t.getValues()) if (v.deprecationReason != null && !v.deprecationReason.trim()) noReason.push(`${t.name}.${v.name}`);
    }
    expect(noReason).toEqual([]);
  });
});

describe('schema naming', () => {
  const PASCAL = /^[A-Z][A-Za-z0-9]*$/;
  const CAMEL = /^[a-z][A-Za-z0-9]*$/;
  const UPPER = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

  /** NodeLabel's values are the names of the element types (what `__typename` and `Node.label` say), so PascalCase like them. */
  const nodeTypes = Object.values(schema.getTypeMap()).filter((t) => isObjectType(t) && t.getInterfaces().some((i) => i.name === 'Node')).map((t) => t.name);

  it('names types in PascalCase', () => {
    expect(elements.filter((e) => e.kind === 'type' && !PASCAL.test(e.name)).map((e) => e.coordinate)).toEqual([]);
  });

  it('names fields, arguments and input fields in camelCase', () => {
    expect(elements.filter((e) => ['field', 'argument', 'input field'].includes(e.kind) && !CAMEL.test(e.name)).map((e) => e.coordinate)).toEqual([]);
  });

  it('names enum values in UPPER_CASE, except NodeLabel, whose values are the element types’ names', () => {
    expect(elements.filter((e) => e.kind === 'enum value' && !e.coordinate.startsWith('NodeLabel.') && !UPPER.test(e.name)).map((e) => e.coordinate)).toEqual([]);
    const labels = schema.getType('NodeLabel');
    expect(isEnumType(labels) && labels.getValues().map((v) => v.name).sort()).toEqual([...nodeTypes].sort());
  });

  it('names input types by what they are for', () => {
    const inputs = elements.filter((e) => e.kind === 'type' && isInputObjectType(schema.getType(e.name))).map((e) => e.name);
    expect(inputs.filter((n) => !/(Input|Patch|Filter|Options)$/.test(n))).toEqual([]);
  });
});
