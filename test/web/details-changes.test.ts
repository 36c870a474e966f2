// What the details panel writes, and what undo needs to put it back: each
// change's inverse restores what stood before, sources included.
import { describe, expect, it } from 'vitest';
import { createChanges, deleteChange, linkChange, roleChange, unlinkChange, updateChange, type Detail } from '../../web/src/details-changes.ts';
import { LINK_EDITORS } from '../../web/src/forms.ts';
import type { MapEdge } from '../../web/src/graph/types.ts';
import { inverseOfAll } from '../../web/src/graph/undo.ts';

const edge = (type: MapEdge['type'], source: string, target: string, extra: Partial<MapEdge> = {}): MapEdge =>
  ({ id: `${type}:${source}:${target}`, type, source, target, role: null, count: null, year: null, ...extra }) as MapEdge;

const forum: Detail = {
  id: 'forum-a', label: 'Forum', name: 'Forum A', kind: 'TEAM', systemLevel: 'MICRO', status: 'ACTIVE', description: 'Gammal', updatedAt: '2026-11-30T10:00:00.000Z',
  participants: [{ role: 'CHAIR', source: 'protokoll 2026', actor: { id: 'actor-x', label: 'Actor', name: 'X' } }],
};
const participants = LINK_EDITORS.Forum!.find((ed) => ed.key === 'participants')!;
const careLevels = LINK_EDITORS.Forum!.find((ed) => ed.key === 'careLevels')!;
const chair = edge('PARTICIPATES_IN', 'actor-x', 'forum-a', { role: 'CHAIR' });

describe('the details panel’s changes', () => {
  it('creates a gap between the element it started from in one request, with the id the server will give it', () => {
    const { changes, name } = createChanges('Gap', { name: 'Ingen överlämning', severity: 'MEDIUM' }, { id: 'actor-x', label: 'Actor', name: 'X' });
    expect(name).toBe('Ingen överlämning');
    expect(changes).toEqual([
      { change: { createGap: { id: 'gap-ingen-overlamning', name: 'Ingen överlämning', severity: 'MEDIUM' } } },
      { change: { link: { type: 'BETWEEN', from: 'gap-ingen-overlamning', to: 'actor-x' } } },
    ]);
    expect(createChanges('Forum', { name: ' B ' }, null).changes).toEqual([{ change: { createForum: { name: 'B' } } }]);
  });

  it('creates a forum with its participants, a new actor and its areas as one request: new actors first, then the forum, then each link once', () => {
    const areas = LINK_EDITORS.Forum!.find((ed) => ed.key === 'areas')!;
    const { changes } = createChanges('Forum', { name: 'Samverkan Lycksele', status: 'PLANNED' }, null, [
      { editor: participants, link: { id: 'kommun-lycksele', name: 'Lycksele kommun', role: 'CHAIR' } },
      { editor: participants, link: { id: 'actor-anhorigforeningen', name: 'Anhörigföreningen', role: 'MEMBER', create: { name: 'Anhörigföreningen', kind: 'OTHER', principal: 'CIVIL_SOCIETY' } } },
      { editor: areas, link: { id: 'kommun-lycksele', name: 'Lycksele kommun' } },
      { editor: areas, link: { id: 'kommun-lycksele', name: 'Lycksele kommun' } },
    ]);
    expect(changes.map((c) => c.change)).toEqual([
      { createActor: { id: 'actor-anhorigforeningen', name: 'Anhörigföreningen', kind: 'OTHER', principal: 'CIVIL_SOCIETY' } },
      { createForum: { id: 'forum-samverkan-lycksele', name: 'Samverkan Lycksele', status: 'PLANNED' } },
      { link: { type: 'PARTICIPATES_IN', from: 'kommun-lycksele', to: 'forum-samverkan-lycksele', role: 'CHAIR' } },
      { link: { type: 'PARTICIPATES_IN', from: 'actor-anhorigforeningen', to: 'forum-samverkan-lycksele', role: 'MEMBER' } },
      { link: { type: 'COVERS', from: 'forum-samverkan-lycksele', to: 'kommun-lycksele' } },
    ]);
    // a gap's forums that address it point at the gap
    const addressedBy = LINK_EDITORS.Gap!.find((ed) => ed.key === 'addressedBy')!;
    expect(createChanges('Gap', { name: 'G' }, null, [{ editor: addressedBy, link: { id: 'forum-a', name: 'A' } }]).changes.map((c) => c.change))
      .toEqual([{ createGap: { id: 'gap-g', name: 'G' } }, { link: { type: 'ADDRESSES', from: 'forum-a', to: 'gap-g' } }]);
  });

  it('edits only what changed, based on the version read, and undo puts that back over its own version only; nothing changed is no change', () => {
    const change = updateChange('Forum', forum, { name: 'Forum A', description: 'Ny' })!;
    expect(change.change).toEqual({ updateForum: { id: 'forum-a', patch: { description: 'Ny' }, expectedVersion: '2026-11-30T10:00:00.000Z' } });
    // store.apply gives the undo the version the save produced
    expect(inverseOfAll([{ ...change, before: { ...change.before, version: '2026-11-30T10:05:00.000Z' } }]))
      .toEqual([{ updateForum: { id: 'forum-a', patch: { description: 'Gammal' }, expectedVersion: '2026-11-30T10:05:00.000Z' } }]);
    expect(updateChange('Forum', forum, { name: 'Forum A' })).toBeNull();
    expect(() => updateChange('Forum', { ...forum, updatedAt: undefined }, { description: 'Ny' })).toThrow(/version/);
  });

  it('deletes the element as it was read, with its relationships as they stand, a participation with its source', () => {
    const change = deleteChange(forum, [chair, edge('SPANS', 'forum-a', 'cl-1'), edge('SPANS', 'forum-b', 'cl-1')]);
    expect(change.change).toEqual({ deleteExpected: { id: 'forum-a', expectedVersion: '2026-11-30T10:00:00.000Z' } });
    const [create, ...links] = inverseOfAll([change]);
    expect(create).toMatchObject({ createForum: { id: 'forum-a', name: 'Forum A', kind: 'TEAM' } });
    expect(links).toEqual([
      { link: { type: 'PARTICIPATES_IN', from: 'actor-x', to: 'forum-a', role: 'CHAIR', source: 'protokoll 2026' } },
      { link: { type: 'SPANS', from: 'forum-a', to: 'cl-1' } },
    ]);
  });

  it('links in the editor’s direction; a new role or an unlink is undone to the relationship as it stood', () => {
    expect(linkChange(forum, participants, 'actor-y', 'MEMBER').change).toEqual({ link: { type: 'PARTICIPATES_IN', from: 'actor-y', to: 'forum-a', role: 'MEMBER' } });
    expect(linkChange(forum, careLevels, 'cl-1', 'MEMBER').change).toEqual({ link: { type: 'SPANS', from: 'forum-a', to: 'cl-1' } });
    const back = { link: { type: 'PARTICIPATES_IN', from: 'actor-x', to: 'forum-a', role: 'CHAIR', source: 'protokoll 2026' } };
    const role = roleChange(forum, participants, chair, 'MEMBER');
    expect(role.change).toEqual({ link: { type: 'PARTICIPATES_IN', from: 'actor-x', to: 'forum-a', role: 'MEMBER' } });
    expect(inverseOfAll([role])).toEqual([back]);
    const unlink = unlinkChange(forum, chair);
    expect(unlink.change).toEqual({ unlink: { type: 'PARTICIPATES_IN', from: 'actor-x', to: 'forum-a' } });
    expect(inverseOfAll([unlink])).toEqual([back]);
  });
});
