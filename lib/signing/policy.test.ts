import { describe, expect, it } from 'vitest';
import { canDecline, currentOrder, isOpenForSigning, isSignersTurn, newlyDueRecipients, statusAfterSignature, type RecipientState } from './policy';

const r = (id: string, signingOrder: number, status: RecipientState['status'] = 'sent', action: RecipientState['action'] = 'sign'): RecipientState => ({
  id,
  signingOrder,
  status,
  action,
});

describe('signing order', () => {
  const people = [r('cliente', 1), r('empresa', 2), r('testemunha', 3), r('copia', 1, 'pending', 'copy')];

  it('lets only the current order sign when the order is enforced', () => {
    expect(isSignersTurn(people, 'cliente', true)).toBe(true);
    expect(isSignersTurn(people, 'empresa', true)).toBe(false);
    expect(isSignersTurn(people, 'empresa', false)).toBe(true);
  });

  it('opens the next order once the previous one has signed', () => {
    const after = [r('cliente', 1, 'signed'), r('empresa', 2), r('testemunha', 3)];
    expect(isSignersTurn(after, 'empresa', true)).toBe(true);
    expect(isSignersTurn(after, 'testemunha', true)).toBe(false);
    expect(newlyDueRecipients(people, 'cliente', true).map((x) => x.id)).toEqual(['empresa']);
  });

  it('waits for every signer of an order before moving on', () => {
    const two = [r('a', 1), r('b', 1), r('c', 2)];
    expect(newlyDueRecipients(two, 'a', true)).toEqual([]);
    expect(newlyDueRecipients([r('a', 1, 'signed'), r('b', 1), r('c', 2)], 'b', true).map((x) => x.id)).toEqual(['c']);
  });

  it('never asks a copy recipient to sign, and does not wait for them', () => {
    expect(isSignersTurn(people, 'copia', false)).toBe(false);
    expect(currentOrder([r('cliente', 1, 'signed'), r('copia', 1, 'pending', 'copy')])).toBeNull();
  });

  it('a signer who already signed or declined cannot sign again', () => {
    expect(isSignersTurn([r('a', 1, 'signed')], 'a', false)).toBe(false);
    expect(isSignersTurn([r('a', 1, 'declined')], 'a', false)).toBe(false);
  });
});

describe('envelope status', () => {
  it('completes when the last signer signs, ignoring copy recipients', () => {
    const people = [r('a', 1, 'signed'), r('b', 2), r('c', 1, 'pending', 'copy')];
    expect(statusAfterSignature(people, 'b')).toBe('completed');
    expect(statusAfterSignature([r('a', 1), r('b', 2)], 'a')).toBe('partially_signed');
  });

  it('is open for signing only while sent or partially signed and before the deadline', () => {
    const at = new Date('2026-11-23T12:00:00Z');
    expect(isOpenForSigning('sent', new Date('2026-11-24T00:00:00Z'), at)).toBe(true);
    expect(isOpenForSigning('sent', new Date('2026-11-23T11:59:59Z'), at)).toBe(false);
    expect(isOpenForSigning('completed', new Date('2026-12-01T00:00:00Z'), at)).toBe(false);
  });

  it('allows declining until the signer has signed', () => {
    expect(canDecline('sent', r('a', 1))).toBe(true);
    expect(canDecline('sent', r('a', 1, 'signed'))).toBe(false);
    expect(canDecline('cancelled', r('a', 1))).toBe(false);
  });
});
