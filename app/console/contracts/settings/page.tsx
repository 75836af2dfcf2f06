import { redirect } from 'next/navigation';

export default function ContractSettingsPage() {
  redirect('/console/contracts/settings/document-types');
}
