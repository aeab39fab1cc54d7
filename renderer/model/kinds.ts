/**
 * The element kinds the canvas draws and the palette offers. Data centers are the containers the
 * other elements are placed in, so they are not in the palette.
 */
import type { ElementKind } from '../../shared/model/types.ts';

export const placeableKinds = [
  'pool',
  'server',
  'frontEndPool',
  'sqlInstance',
  'fileStore',
  'share',
] as const;
export type PlaceableKind = (typeof placeableKinds)[number];

/** Kinds that live in a data center (a Persistent Chat pool spans both, so it sits outside them). */
export function livesInDataCenter(kind: ElementKind): boolean {
  return kind !== 'pool' && kind !== 'dataCenter';
}
