// Gaps on the map: lines between the elements a finding concerns, and a
// recorded gap's evidence.
import { describe, expect, it } from 'vitest';
import { allFindingLines, findingEvidence, findingLines, recordedGapEvidence, type Finding } from '../../web/src/graph/gaps.ts';
import { fixtureGraph } from './graph-fixture.ts';

const ref = (id: string) => ({ id, label: 'Actor', name: id });
const finding = (p: Partial<Finding>): Finding => ({
  key: 'k', ruleId: 'r', kind: 'RESPONSIBILITY', severity: 'HIGH', title: { sv: 't', en: 't' }, explanation: { sv: 'e', en: 'e' },
  evidenceIds: [], scope: { kind: 'MUNICIPALITY', ids: ['m'] }, between: [], affects: [], remedies: [], areas: [], estimate: null, dismissal: null, recordedGap: null, ...p,
});

describe('finding lines', () => {
  it('join the elements the gap lies between, in order', () => {
    expect(findingLines(finding({ between: [ref('region'), ref('m')] }))).toEqual([['region', 'm']]);
    expect(findingLines(finding({ between: [ref('a'), ref('b'), ref('c')] }))).toEqual([['a', 'b'], ['b', 'c']]);
  });

  it('join a single element to the finding’s scope', () => {
    expect(findingLines(finding({ between: [ref('region')], scope: { kind: 'MUNICIPALITY', ids: ['m'] } }))).toEqual([['m', 'region']]);
    expect(findingLines(finding({ between: [ref('m')] }))).toEqual([]);
  });

  it('draw each pair once with how many findings lie on it', () => {
    const lines = allFindingLines([finding({ between: [ref('region'), ref('m')] }), finding({ between: [ref('m'), ref('region')] }), finding({ between: [ref('a'), ref('b')] })]);
    expect(lines).toEqual([{ from: 'm', to: 'region', count: 2 }, { from: 'a', to: 'b', count: 1 }]);
  });
});

describe('evidence', () => {
  it('of a finding: evidence, scope, ends, target groups and remedies', () => {
    const f = finding({ evidenceIds: ['e'], between: [ref('region')], affects: [ref('tg')], remedies: [ref('planned')] });
    expect([...findingEvidence(f)].sort()).toEqual(['e', 'm', 'planned', 'region', 'tg']);
  });

  it('of a recorded gap: the gap and what it is between, affects and is addressed by', () => {
    const g = fixtureGraph({ edges: [{ type: 'BETWEEN', from: 'gap', to: 'vindeln' }, { type: 'AFFECTS', from: 'gap', to: 'tg' }] });
    expect([...recordedGapEvidence(g, 'gap')].sort()).toEqual(['gap', 'mobile', 'tg', 'vindeln']);
  });
});
