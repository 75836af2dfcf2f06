'use client';

import { LinkInvalid } from '@/components/signer/link-invalid';

/**
 * Whatever broke while opening a signer link, the person sees the same neutral page as for a bad
 * link (it says what to do); the details stay in the server log with the digest.
 */
export default function SignerError() {
  return <LinkInvalid />;
}
