export * from './types.ts';
export * from './schema.ts';
export * from './load.ts';
export * from './values.ts';
export * from './design-index.ts';
export * from './edit.ts';
