export * from './schools';
export * from './people';
export * from './auth';
export * from './audit';
export * from './messaging';
export * from './moderation';
export * from './safeguarding';
