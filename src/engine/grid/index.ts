export * from './types';
export * from './address';
export * from './text';
export * from './amount';
export * from './sheet-view';
