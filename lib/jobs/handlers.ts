import 'server-only';
import { packageAlertsJob } from '../billing/package-alerts';
import { expireEnvelopeJob, remindSignersJob, warnBeforeExpiryJob } from '../envelopes/lifecycle-jobs';
import { sealEnvelopeJob } from '../evidence/seal-envelope-job';
import { purgeIdentityImagesJob } from '../identity/purge-identity-images-job';
import { sendMessageJob } from '../notify/send-message-job';
import { deliverWebhookJob, fanOutWebhookJob } from '../webhooks/jobs';
import { registerJobs, type JobDefinition } from './registry';

/**
 * Every job type of the app. Workers (the server's own and `npm run worker`) register these and
 * claim only these types. Add each new definition here; keep this file free of logic.
 * (Stale-job recovery needs no entry: every worker runs it in its loop.)
 */
export const allJobs: readonly JobDefinition[] = [
  sendMessageJob,
  remindSignersJob,
  warnBeforeExpiryJob,
  expireEnvelopeJob,
  packageAlertsJob,
  fanOutWebhookJob,
  deliverWebhookJob,
  sealEnvelopeJob,
  purgeIdentityImagesJob,
];

export function registerAllJobs(): void {
  registerJobs(allJobs);
}
