/**
 * The element kinds the canvas draws and the palette offers. Data centers are the containers the
 * other elements are placed in, so they are not in the palette.
 */

export const placeableKinds = [
  'pool',
  'server',
  'frontEndPool',
  'sqlInstance',
  'fileStore',
  'share',
] as const;
export type PlaceableKind = (typeof placeableKinds)[number];

export { livesInDataCenter } from '../../shared/model/types.ts';
