// Every Cypher statement the Neo4j adapter can send, linted by Neo4j's own
// linter against a database schema built from `schema/`: no errors, no
// warnings. No server is needed, so this runs in every `npm test`.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DbSchema } from '@neo4j-cypher/language-support';
import { EDGE_PROPERTY_KEYS, NODE_PROPERTY_KEYS, NodeLabel, RelType } from '../../schema/domain.ts';
import { CHANGE, DOC, META, NODE, OWN_PROPERTY_KEYS, ROW_KEYS, allStatements, type Cypher } from '../../server/store/neo4j/cypher.ts';

type Linter = typeof import('@neo4j-cypher/language-support');
let linter: Linter;
// the linter is a large ESM bundle: load it once for the file
beforeAll(async () => {
  linter = await import('@neo4j-cypher/language-support');
}, 60_000);

/** The graph as the adapter models it; functions and procedures as a Neo4j 5 server lists them. */
function dbSchema(parameters: Readonly<Record<string, unknown>>): DbSchema {
  const server = linter.testData.mockSchema;
  return {
    labels: [...NodeLabel.options, NODE, META, CHANGE, DOC],
    relationshipTypes: [...RelType.options],
    propertyKeys: [...new Set([...NODE_PROPERTY_KEYS, ...EDGE_PROPERTY_KEYS, ...OWN_PROPERTY_KEYS, ...ROW_KEYS])],
    functions: server.functions,
    procedures: server.procedures,
    defaultLanguage: 'CYPHER 5',
    parameters: { ...parameters },
  };
}

function lint(s: Cypher) {
  return linter.lintCypherQuery(s.text, dbSchema(s.params)).diagnostics.map((d) => ({
    severity: d.severity === 1 ? 'error' : 'warning',
    message: d.message,
    at: s.text.slice(d.offsets.start, d.offsets.end),
  }));
}

describe('Cypher lint', () => {
  const statements = allStatements();

  it('has unique statement names, and every variant of every builder', () => {
    expect(new Set(statements.map((s) => s.name)).size).toBe(statements.length);
    // one per label or type for each builder that varies by it
    expect(statements.filter((s) => s.name.startsWith('upsert node: ')).length).toBe(NodeLabel.options.length);
    expect(statements.filter((s) => s.name.startsWith('upsert edge: ')).length).toBe(RelType.options.length);
    // every declared parameter is used (the executor sends exactly the declared ones)
    const unused = statements.flatMap((s) => Object.keys(s.params).filter((p) => !new RegExp(`\\$${p}\\b`).test(s.text)).map((p) => `${s.name}: $${p}`));
    expect(unused).toEqual([]);
  });

  it('finds nothing to report in any statement the adapter can send', () => {
    const findings = statements.flatMap((s) => lint(s).map((f) => ({ statement: s.name, ...f })));
    console.info(`Cypher lint: ${statements.length} statements linted, ${findings.length} findings`);
    expect(findings).toEqual([]);
  }, 120_000);

  it('catches a broken statement, so the check cannot pass silently', () => {
    const syntax = lint({ name: 'broken: syntax', text: 'MATCH (n:Node {id: $id} RETURN n', params: { id: 'a' } });
    expect(syntax.some((f) => f.severity === 'error')).toBe(true);
    const undefinedVariable = lint({ name: 'broken: variable', text: 'MATCH (n:Node {id: $id}) RETURN m', params: { id: 'a' } });
    expect(undefinedVariable).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringContaining('Variable `m` not defined') })]);
    const unknownLabel = lint({ name: 'broken: label', text: 'MATCH (n:Nodes {id: $id}) RETURN n', params: { id: 'a' } });
    expect(unknownLabel).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('Label Nodes') })]);
    const missingParam = lint({ name: 'broken: parameter', text: 'MATCH (n:Node {id: $nodeId}) RETURN n', params: { id: 'a' } });
    expect(missingParam).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringContaining('$nodeId') })]);
  });
});
