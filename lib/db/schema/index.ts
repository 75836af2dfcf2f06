export * from './accounts';
export * from './jobs';
export * from './people';
export * from './registry';
