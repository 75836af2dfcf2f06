import { describe, expect, it } from 'vitest';
import { entryStep, flowSteps, identityRequirements, inFlowSteps, nextStep, previousStep, type FlowRecipient } from './flow-steps';

const signer = (over: Partial<FlowRecipient> = {}): FlowRecipient => ({ action: 'sign', authMethod: 'email', requireSelfie: false, requireIdDocument: false, ...over });

describe('the signer flow steps', () => {
  it('walks landing → code → reading → sign → done for a plain signer', () => {
    expect(flowSteps({ recipient: signer(), attachmentRequests: 0 })).toEqual(['landing', 'access', 'read', 'sign', 'done']);
  });

  it('puts the identity step between the code and the reading when a selfie or an ID document is required', () => {
    const all = ['landing', 'access', 'identity', 'read', 'sign', 'done'];
    expect(flowSteps({ recipient: signer({ requireSelfie: true }), attachmentRequests: 0 })).toEqual(all);
    expect(flowSteps({ recipient: signer({ requireIdDocument: true }), attachmentRequests: 0 })).toEqual(all);
    expect(identityRequirements(signer({ requireIdDocument: true }))).toEqual({ selfie: false, idDocument: true });
  });

  it('asks for attachments after the reading, only when the envelope requests files', () => {
    expect(flowSteps({ recipient: signer({ requireSelfie: true }), attachmentRequests: 2 })).toEqual(['landing', 'access', 'identity', 'read', 'attachments', 'sign', 'done']);
  });

  it('skips the code when the sender chose no authentication, and keeps it for the sender’s access code', () => {
    expect(flowSteps({ recipient: signer({ authMethod: 'none' }), attachmentRequests: 0 })).toEqual(['landing', 'read', 'sign', 'done']);
    expect(flowSteps({ recipient: signer({ authMethod: 'access_code' }), attachmentRequests: 0 })).toContain('access');
  });

  it('gives a copy recipient nothing to do between the landing and the copy', () => {
    expect(flowSteps({ recipient: signer({ action: 'copy', requireSelfie: true }), attachmentRequests: 3 })).toEqual(['landing', 'done']);
  });

  it('moves forward and back along the path, skipping steps that do not apply', () => {
    const steps = inFlowSteps(flowSteps({ recipient: signer({ requireSelfie: true }), attachmentRequests: 1 }));
    expect(steps).toEqual(['identity', 'read', 'attachments', 'sign']);
    expect(nextStep(steps, 'identity')).toBe('read');
    expect(nextStep(steps, 'sign')).toBeNull();
    expect(previousStep(steps, 'read')).toBe('identity');
    expect(previousStep(steps, 'identity')).toBeNull();
    const plain = inFlowSteps(flowSteps({ recipient: signer(), attachmentRequests: 0 }));
    expect(nextStep(plain, 'read')).toBe('sign');
    expect(previousStep(plain, 'sign')).toBe('read');
  });
});

describe('where a page load lands', () => {
  const steps = flowSteps({ recipient: signer({ requireSelfie: true }), attachmentRequests: 0 });
  const at = (over: Partial<Parameters<typeof entryStep>[1]> = {}) =>
    entryStep(steps, { recipientStatus: 'sent', envelopeStatus: 'sent', started: false, accessProven: false, ...over });

  it('starts on the landing, then asks for the code, then opens the identity step', () => {
    expect(at()).toBe('landing');
    expect(at({ started: true })).toBe('access');
    expect(at({ started: true, accessProven: true })).toBe('identity');
  });

  it('goes straight to the reading without identity requirements or authentication', () => {
    const open = flowSteps({ recipient: signer({ authMethod: 'none' }), attachmentRequests: 0 });
    expect(entryStep(open, { recipientStatus: 'viewed', envelopeStatus: 'partially_signed', started: true, accessProven: true })).toBe('read');
  });

  it('shows the end once the signer has signed or declined, or the envelope is closed', () => {
    expect(at({ recipientStatus: 'signed', started: true })).toBe('done');
    expect(at({ recipientStatus: 'declined' })).toBe('done');
    expect(at({ envelopeStatus: 'declined', started: true, accessProven: true })).toBe('done');
    expect(at({ envelopeStatus: 'completed' })).toBe('done');
  });
});
