export * from './items/index';
export * from './modules/index';
export * from './projects/index';
export * from './routing/index';
export * from './shared/index';
export * from './sync/index';
export * from './users/index';
