/** The edits that start from an id or a kinded element, for callers that do not name the kind. */
import { describe, expect, test } from 'vitest';
import {
  addKindedElement,
  placeInDataCenter,
  updateElementById,
  type KindedElement,
} from '../../shared/model/edit.ts';
import { reference } from '../support/designs.ts';

describe('typed edits', () => {
  test('placeInDataCenter moves an element that lives in a data center, and nothing else', () => {
    const d = reference();
    expect(placeInDataCenter(d, 'pc1', 'dc2').servers.find((s) => s.id === 'pc1')!.dataCenterId).toBe('dc2');
    expect(placeInDataCenter(d, 'pc1', null).servers.find((s) => s.id === 'pc1')!.dataCenterId).toBeNull();
    // A pool spans both data centers; a data center is the container; an unknown id is nothing.
    for (const id of ['pool1', 'dc1', 'nowhere']) expect(placeInDataCenter(d, id, 'dc2')).toBe(d);
  });

  test('updateElementById finds the kind itself and leaves the design alone for an unknown id', () => {
    const d = reference();
    const edited = updateElementById(d, 'pc1', { state: 'idle' });
    expect(edited.servers.find((s) => s.id === 'pc1')!.state).toBe('idle');
    expect(edited.pools).toBe(d.pools);
    expect(updateElementById(d, 'nowhere', { name: 'x' })).toBe(d);
    // @ts-expect-error a field no element has is refused by the type check
    updateElementById(d, 'pc1', { bogus: 1 });
  });

  test('addKindedElement adds to the collection of the given kind', () => {
    const d = reference();
    const dc = { ...d.dataCenters[0]!, id: 'dc3', name: 'Third' };
    const added = addKindedElement(d, { kind: 'dataCenter', element: dc });
    expect(added.dataCenters.map((x) => x.id)).toEqual(['dc1', 'dc2', 'dc3']);
    // @ts-expect-error an element of one kind cannot be added as another
    const mismatched: KindedElement = { kind: 'server', element: dc };
    expect(mismatched.kind).toBe('server');
  });
});
