export * from './users';
export * from './films';
export * from './reviews';
export * from './comments';
