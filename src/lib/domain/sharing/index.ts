// Pupils' work and sharing it with their family: the public surface.
export * from './limits';
export * from './image-type';
export * from './rules';
export * from './views';
