export * from './accounts';
export * from './contracts';
export * from './envelopes';
export * from './jobs';
export * from './people';
export * from './registry';
