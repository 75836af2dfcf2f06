import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { Badge, Card, PageHeader } from '@/components/ui/card';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { getCustomer, type CustomerDetail } from '@/lib/people/get-customer';
import { formatPhone } from '@/lib/people/phone';
import { formatTaxId } from '@/lib/people/tax-id';
import { ContactsPanel } from '../_components/contacts-panel';
import { EditCustomerForm } from '../_components/customer-form';
import { DeleteCustomerButton } from '../_components/delete-customer-button';
import { customerFormValues, formatPostalCode } from '../_components/form-values';

type Props = { params: Promise<{ customerId: string }> };

/** Metadata and page ask for the same customer: one query per request. */
const loadCustomer = cache((accountId: string, customerId: string) => getCustomer({ accountId }, customerId));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const operator = await requireOperatorPage('viewer');
  const customer = await loadCustomer(operator.accountId, (await params).customerId);
  return { title: customer?.name ?? 'Cliente' };
}

export default async function CustomerPage({ params }: Props) {
  const operator = await requireOperatorPage('viewer');
  const { customerId } = await params;
  const customer = await loadCustomer(operator.accountId, customerId);
  if (!customer) notFound();
  const t = await getTranslations('customers');
  const canManage = hasRole(operator.role, 'operator');
  const contactCount = customer.contacts.length;

  return (
    <>
      <Link href="/console/customers" className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        {t('back')}
      </Link>
      <PageHeader
        title={customer.name}
        description={
          <span className="flex items-center gap-2">
            <Badge tone={customer.kind === 'person' ? 'neutral' : 'blue'}>{t(`kind.${customer.kind}`)}</Badge>
            <span className="tabular-nums">{formatTaxId(customer.taxId)}</span>
          </span>
        }
        actions={
          canManage ? (
            <DeleteCustomerButton
              customerId={customer.id}
              label={t('detail.delete')}
              what={
                contactCount === 0
                  ? t('detail.deleteWhat', { name: customer.name })
                  : t('detail.deleteWhatWithContacts', { name: customer.name, count: contactCount })
              }
            />
          ) : null
        }
      />
      <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <Card title={t('detail.data')} description={canManage ? undefined : t('detail.dataReadOnly')}>
          {canManage ? (
            <EditCustomerForm customerId={customer.id} values={customerFormValues(customer)} />
          ) : (
            <CustomerDetails customer={customer} />
          )}
        </Card>
        <Card title={t('contacts.title')} description={t('contacts.description')}>
          <ContactsPanel customerId={customer.id} contacts={customer.contacts} canManage={canManage} />
        </Card>
      </div>
    </>
  );
}

/** Read-only view for viewers: the same data, no controls. */
async function CustomerDetails({ customer }: { customer: CustomerDetail }) {
  const t = await getTranslations('customers');
  const company = customer.kind === 'company';
  const street = [customer.addressStreet, customer.addressNumber, customer.addressComplement].filter(Boolean).join(', ');
  const city = [customer.addressDistrict, [customer.addressCity, customer.addressState].filter(Boolean).join('/')].filter(Boolean).join(' · ');
  const hasAddress = street || city || customer.addressPostalCode;
  const item = (label: string, value: React.ReactNode) => (
    <div>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-1 text-sm text-slate-900">{value}</dd>
    </div>
  );
  return (
    <dl className="grid gap-5 sm:grid-cols-2">
      {item(company ? t('form.companyName') : t('form.name'), customer.name)}
      {item(company ? t('form.cnpj') : t('form.cpf'), <span className="tabular-nums">{formatTaxId(customer.taxId)}</span>)}
      {item(
        t('detail.emails'),
        <ul className="space-y-0.5">
          {customer.emails.map((e, i) => (
            <li key={e} className="break-all">
              {e}
              {i === 0 && customer.emails.length > 1 ? <span className="ml-2 text-xs text-slate-500">({t('detail.firstEmail')})</span> : null}
            </li>
          ))}
        </ul>,
      )}
      {item(t('form.phone'), <span className="tabular-nums">{formatPhone(customer.phone)}</span>)}
      <div className="sm:col-span-2">
        {item(
          t('detail.address'),
          hasAddress ? (
            <>
              {street ? <span className="block">{street}</span> : null}
              {city ? <span className="block">{city}</span> : null}
              {customer.addressPostalCode ? (
                <span className="block tabular-nums">
                  {t('form.postalCode')} {formatPostalCode(customer.addressPostalCode)}
                </span>
              ) : null}
            </>
          ) : (
            <span className="text-slate-500">{t('detail.noAddress')}</span>
          ),
        )}
      </div>
    </dl>
  );
}
