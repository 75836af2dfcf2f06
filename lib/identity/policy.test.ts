import { describe, expect, it } from 'vitest';
import { guidanceFor, identityProven, nextIdentityStep, statusAfterFailure } from './policy';

describe('identity proof flow', () => {
  it('allows two retries, then manual review', () => {
    expect(statusAfterFailure(1)).toEqual({ status: 'in_progress', attemptsLeft: 2 });
    expect(statusAfterFailure(2)).toEqual({ status: 'in_progress', attemptsLeft: 1 });
    expect(statusAfterFailure(3)).toEqual({ status: 'manual_review', attemptsLeft: 0 });
  });

  it('lets only a passed or approved proof sign', () => {
    expect(['passed', 'approved'].every((s) => identityProven(s as never))).toBe(true);
    expect(['consent_pending', 'in_progress', 'manual_review', 'rejected'].some((s) => identityProven(s as never))).toBe(false);
  });

  it('asks consent first, then the selfie, then the document, as required', () => {
    const both = { requireSelfie: true, requireIdDocument: true };
    expect(nextIdentityStep(both, { status: 'consent_pending', selfiePassed: false })).toBe('consent');
    expect(nextIdentityStep(both, { status: 'in_progress', selfiePassed: false })).toBe('selfie');
    expect(nextIdentityStep(both, { status: 'in_progress', selfiePassed: true })).toBe('document');
    expect(nextIdentityStep({ requireSelfie: false, requireIdDocument: true }, { status: 'in_progress', selfiePassed: false })).toBe('document');
    expect(nextIdentityStep(both, { status: 'manual_review', selfiePassed: true })).toBe('review');
    expect(nextIdentityStep(both, { status: 'approved', selfiePassed: true })).toBe('done');
  });

  it('explains the first failed check', () => {
    expect(guidanceFor([{ check: 'selfie_face', passed: false, score: 2, threshold: 1, detail: 'many_faces' }])).toMatch(/mais de um rosto/);
    expect(guidanceFor([{ check: 'document_face', passed: true, score: 1, threshold: 1 }, { check: 'cpf', passed: false, score: 0, threshold: 'exato' }])).toMatch(/CPF/);
    expect(guidanceFor([{ check: 'cpf', passed: true, score: 1, threshold: 'exato' }])).toBeNull();
  });
});
