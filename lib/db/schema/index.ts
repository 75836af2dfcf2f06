export * from './accounts';
export * from './contracts';
export * from './envelopes';
export * from './jobs';
export * from './messages';
export * from './people';
export * from './registry';
export * from './signing';
