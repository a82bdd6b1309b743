export * from './rounding';
export * from './shares';
export * from './yoy';
export * from './template';
export * from './messages';
export * from './wording';
export * from './prior-match';
