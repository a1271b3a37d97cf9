export * from './users';
export * from './films';
export * from './reviews';
export * from './comments';
export * from './notifications';
export * from './follows';
export * from './badges';
export * from './mail';
