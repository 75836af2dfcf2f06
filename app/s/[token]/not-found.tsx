import { LinkInvalid } from '@/components/signer/link-invalid';

export default function SignerNotFound() {
  return <LinkInvalid />;
}
