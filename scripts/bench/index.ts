import { apiEnvelopeCreationBenchmark } from './api-envelopes';
import { identityBrowserBenchmark, identityOcrBenchmark, identitySelfieBenchmark } from './identity';
import { renderContractBenchmark } from './render-contract';
import { sealContractBenchmark, sealLargeBenchmark } from './seal-pdf';
import { signerFirstPageBenchmark, signerLandingBenchmark } from './signer-portal';
import type { Benchmark } from './types';

/** Every benchmark `npm run bench` runs, in order. Add one file per benchmark and list it here. */
export const benchmarks: Benchmark[] = [
  renderContractBenchmark,
  signerLandingBenchmark,
  signerFirstPageBenchmark,
  apiEnvelopeCreationBenchmark,
  sealContractBenchmark,
  sealLargeBenchmark,
  identitySelfieBenchmark,
  identityOcrBenchmark,
  identityBrowserBenchmark,
];
