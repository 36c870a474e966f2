// The SDL is the API contract and the zod enums are the domain: they must agree.
import { buildSchema, GraphQLEnumType, GraphQLInputObjectType, GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { NodeLabel, nodeProps, sdlEnums } from '../../schema/domain.ts';
import { loadSdl } from '../../server/graphql/index.ts';
import { REL_FIELDS } from '../../server/graphql/relations.ts';

const schema = buildSchema(loadSdl());

describe('SDL and zod agree', () => {
  it.each(Object.entries(sdlEnums))('enum %s has the same values', (name, zodEnum) => {
    const type = schema.getType(name);
    expect(type).toBeInstanceOf(GraphQLEnumType);
    expect((type as GraphQLEnumType).getValues().map((v) => v.name)).toEqual(zodEnum.options);
  });

  it('has no enum that zod does not know', () => {
    const sdl = Object.values(schema.getTypeMap()).filter((t) => t instanceof GraphQLEnumType && !t.name.startsWith('__')).map((t) => t.name);
    expect(sdl.filter((n) => !(n in sdlEnums))).toEqual([]);
  });

  it.each(NodeLabel.options)('%s: every domain property is a field, and every create input field a domain property', (label) => {
    const type = schema.getType(label) as GraphQLObjectType;
    const props = Object.keys(nodeProps[label].shape);
    expect(Object.keys(type.getFields())).toEqual(expect.arrayContaining(props));
    // a gap's ruleId and findingKey are set only by promoting a detected finding
    const writable = props.filter((p) => !(label === 'Gap' && ['ruleId', 'findingKey'].includes(p)));
    const input = schema.getType(`${label}Input`) as GraphQLInputObjectType;
    expect(Object.keys(input.getFields()).filter((f) => f !== 'id').sort()).toEqual([...writable].sort());
    const patch = schema.getType(`${label}Patch`) as GraphQLInputObjectType;
    expect(Object.keys(patch.getFields()).sort()).toEqual([...writable].sort());
  });

  it.each(NodeLabel.options)('%s: every relationship field has a loader, and every loader a field', (label) => {
    const fields = (schema.getType(label) as GraphQLObjectType).getFields();
    for (const name of Object.keys(REL_FIELDS[label])) expect(fields[name], `${label}.${name}`).toBeDefined();
    const listFields = Object.entries(fields).filter(([, f]) => String(f.type).startsWith('[')).map(([n]) => n);
    // and `relationships`, every element's relationships themselves, has its own loader (relations.ts)
    expect(listFields.sort()).toEqual([...Object.keys(REL_FIELDS[label]), 'relationships'].sort());
  });
});
