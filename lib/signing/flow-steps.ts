/**
 * The signer's path through the Espaço do Signatário, as one pure decision:
 *
 *   landing → access proof → identity → reading → attachments → sign → done
 *
 * - access proof only when the sender chose an authentication (code by e-mail/SMS/WhatsApp or the
 *   4-digit access code); `authMethod: 'none'` goes straight from the landing to the reading;
 * - identity (selfie and/or ID document, lib/identity) only when the recipient requires either;
 * - attachments only when the envelope asks the signer for files;
 * - a "receber cópia" recipient never signs: landing, then done (the copy) — nothing in between.
 *
 * Pages and components ask this module which step comes next instead of hard-coding the order,
 * so a new step (or a requirement switched off) changes one place.
 */
import type { EnvelopeStatus, RecipientState, RecipientStatus } from './policy';

export const FLOW_STEPS = ['landing', 'access', 'identity', 'read', 'attachments', 'sign', 'done'] as const;
export type FlowStep = (typeof FLOW_STEPS)[number];

/** The steps walked after the access proof, inside the signing flow (client state, one page). */
export type InFlowStep = Extract<FlowStep, 'identity' | 'read' | 'attachments' | 'sign'>;
const IN_FLOW: readonly FlowStep[] = ['identity', 'read', 'attachments', 'sign'];

export type AuthMethod = 'email' | 'sms' | 'whatsapp' | 'access_code' | 'none';

export type FlowRecipient = {
  action: RecipientState['action'];
  authMethod: AuthMethod;
  requireSelfie: boolean;
  requireIdDocument: boolean;
};

export type FlowFacts = {
  recipient: FlowRecipient;
  /** How many files the envelope asks this signer to upload (required or optional). */
  attachmentRequests: number;
};

/** What the identity step must check for this recipient (the identity-step component's props). */
export type IdentityRequirements = { selfie: boolean; idDocument: boolean };

export function identityRequirements(recipient: Pick<FlowRecipient, 'requireSelfie' | 'requireIdDocument'>): IdentityRequirements {
  return { selfie: recipient.requireSelfie, idDocument: recipient.requireIdDocument };
}

/** Every step this recipient walks through, in order. */
export function flowSteps({ recipient, attachmentRequests }: FlowFacts): FlowStep[] {
  if (recipient.action === 'copy') return ['landing', 'done'];
  const steps: FlowStep[] = ['landing'];
  if (recipient.authMethod !== 'none') steps.push('access');
  const identity = identityRequirements(recipient);
  if (identity.selfie || identity.idDocument) steps.push('identity');
  steps.push('read');
  if (attachmentRequests > 0) steps.push('attachments');
  steps.push('sign', 'done');
  return steps;
}

/** The steps of the in-page signing flow (after the access proof, before done). */
export function inFlowSteps(steps: FlowStep[]): InFlowStep[] {
  return steps.filter((s): s is InFlowStep => IN_FLOW.includes(s));
}

/** The step after `current`, or null at the end (or when `current` is not on this path). */
export function nextStep<S extends FlowStep>(steps: S[], current: S): S | null {
  const i = steps.indexOf(current);
  return i < 0 || i === steps.length - 1 ? null : steps[i + 1];
}

/** The step before `current`, or null at the start. */
export function previousStep<S extends FlowStep>(steps: S[], current: S): S | null {
  const i = steps.indexOf(current);
  return i <= 0 ? null : steps[i - 1];
}

export type FlowProgress = {
  recipientStatus: RecipientStatus;
  envelopeStatus: EnvelopeStatus;
  /** The signer pressed "Começar" (or the link asks for a later step). */
  started: boolean;
  /** A valid signer session for this link (always true when authMethod is 'none'). */
  accessProven: boolean;
};

/**
 * Where a page load lands: 'done' once the signer has signed or declined or the envelope is closed
 * for them; 'landing' until they start; 'access' until the code is proven; otherwise the first
 * in-flow step (the flow keeps its own position while the page stays open).
 */
export function entryStep(steps: FlowStep[], progress: FlowProgress): FlowStep {
  if (progress.recipientStatus === 'signed' || progress.recipientStatus === 'declined') return 'done';
  if (progress.envelopeStatus === 'declined' || progress.envelopeStatus === 'sealing' || progress.envelopeStatus === 'completed') return 'done';
  if (!progress.started) return 'landing';
  if (steps.includes('access') && !progress.accessProven) return 'access';
  return inFlowSteps(steps)[0] ?? 'done';
}
