import { NotBuilt } from '@/components/console/not-built';
import { requireOperatorPage } from '@/lib/auth/page-guard';

export default async function Page() {
  await requireOperatorPage('viewer');
  return <NotBuilt section="integrations" />;
}
