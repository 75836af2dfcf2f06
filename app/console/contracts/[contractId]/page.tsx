import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { Alert, Badge, Card, PageHeader } from '@/components/ui/card';
import { requireOperatorPage } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import type { Operator } from '@/lib/auth/session';
import { getContract, type ContractDetail } from '@/lib/contracts/get-contract';
import { getContractEffectiveSettings } from '@/lib/contracts/get-contract-effective-settings';
import { listContractFormOptions } from '@/lib/contracts/list-contract-form-options';
import { listContractTemplates } from '@/lib/contracts/list-contract-templates';
import { listContractTerms } from '@/lib/contracts/list-contract-terms';
import { listStages } from '@/lib/contract-stages/list-stages';
import { listContractEnvelopes } from '@/lib/envelopes/list-contract-envelopes';
import { formatDate, formatDateTime } from '@/lib/format';
import { getCustomer } from '@/lib/people/get-customer';
import { formatTaxId } from '@/lib/people/tax-id';
import { listServiceOrders } from '@/lib/service-orders/list-service-orders';
import { listSubjects } from '@/lib/service-orders/list-subjects';
import { contactLabel } from '../_components/contact-label';
import { ContractForm } from '../_components/contract-form';
import { ContractTabs, contractTabs, type ContractTab } from '../_components/contract-tabs';
import { DeleteContractButton } from '../_components/delete-contract-button';
import { EffectiveSettingsPanel } from '../_components/effective-settings';
import { EnvelopeHistory } from '../_components/envelope-history';
import { contractFormValues } from '../_components/form-values';
import { GenerateEnvelopeButton } from '../_components/generate-envelope-button';
import { PendingNotice } from '../_components/notice';
import { ServiceOrdersPanel } from '../_components/service-orders-panel';
import { StageCard } from '../_components/stage-card';
import { statusTone } from '../_components/status-tone';
import { TermsPanel } from '../_components/terms-panel';

type Props = {
  params: Promise<{ contractId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Metadata and page ask for the same contract: one query per request. */
const loadContract = cache((accountId: string, contractId: string) => getContract({ accountId }, contractId));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const operator = await requireOperatorPage('viewer');
  const contract = await loadContract(operator.accountId, (await params).contractId);
  return { title: contract ? `Contrato nº ${contract.number}` : 'Contrato' };
}

export default async function ContractPage({ params, searchParams }: Props) {
  const operator = await requireOperatorPage('viewer');
  const { contractId } = await params;
  const sp = await searchParams;
  const contract = await loadContract(operator.accountId, contractId);
  if (!contract) notFound();
  const t = await getTranslations('contracts');
  const canManage = hasRole(operator.role, 'operator');
  const tab: ContractTab = contractTabs.find((x) => x === sp.aba) ?? 'contrato';
  const base = `/console/contracts/${contract.id}`;

  return (
    <>
      <Link href="/console/contracts" className="mb-2 inline-block text-sm text-blue-700 hover:underline">
        {t('back')}
      </Link>
      <PageHeader
        title={t('numberTitle', { number: contract.number })}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={statusTone(contract.status)}>{t(`status.${contract.status}`)}</Badge>
            <Link href={`/console/customers/${contract.customerId}`} className="text-slate-800 hover:underline">
              {contract.customerName}
            </Link>
            <span className="tabular-nums text-slate-500">{formatTaxId(contract.customerTaxId)}</span>
            <span className="text-slate-400">·</span>
            <span>{contract.branchName}</span>
            <span className="text-slate-400">·</span>
            <span>{t('detail.createdAt', { date: formatDate(contract.createdAt) })}</span>
            {contract.activatedAt ? (
              <>
                <span className="text-slate-400">·</span>
                <span>{t('detail.activatedAt', { date: formatDate(contract.activatedAt) })}</span>
              </>
            ) : null}
          </span>
        }
        actions={
          canManage ? (
            <div className="flex items-center gap-2">
              {contract.status === 'awaiting_signature' ? <GenerateEnvelopeButton contractId={contract.id} /> : null}
              <DeleteContractButton contractId={contract.id} what={t('deleteWhat', { number: contract.number })} />
            </div>
          ) : null
        }
      />
      <div className="mb-4 empty:hidden">
        <PendingNotice noticeKey={`contract:${contract.id}`} />
        {sp.gerado === '1' ? <Alert tone="success">{t('generate.done')}</Alert> : null}
      </div>
      <ContractTabs
        base={base}
        current={tab}
        label={t('tabs.label')}
        labels={{ contrato: t('tabs.contract'), termos: t('tabs.terms'), os: t('tabs.serviceOrders'), historico: t('tabs.history') }}
      />
      {tab === 'contrato' ? <ContractTabBody operator={operator} contract={contract} canManage={canManage} /> : null}
      {tab === 'termos' ? <TermsTabBody operator={operator} contract={contract} canManage={canManage} /> : null}
      {tab === 'os' ? <ServiceOrdersTabBody operator={operator} contract={contract} canManage={canManage} /> : null}
      {tab === 'historico' ? (
        <Card title={t('history.title')} description={t('history.description')}>
          <EnvelopeHistory
            envelopes={await listContractEnvelopes(operator, contract.id)}
            openId={typeof sp.aberto === 'string' ? sp.aberto : undefined}
            showLinks={canManage}
          />
        </Card>
      ) : null}
    </>
  );
}

type TabProps = { operator: Operator; contract: ContractDetail; canManage: boolean };

async function ContractTabBody({ operator, contract, canManage }: TabProps) {
  const t = await getTranslations('contracts');
  const [options, customer, effective, stages] = await Promise.all([
    listContractFormOptions(operator),
    getCustomer(operator, contract.customerId),
    getContractEffectiveSettings(operator, contract),
    listStages(operator),
  ]);
  // A template made inactive later still shows as the contract's own.
  const templates = options.templates.some((m) => m.id === contract.templateId)
    ? options.templates
    : [...options.templates, { id: contract.templateId, name: contract.templateName, documentTypeName: null }];
  return (
    <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
      <Card title={t('detail.data')} description={canManage ? undefined : t('readOnly')}>
        <ContractForm
          contractId={contract.id}
          readOnly={!canManage}
          values={contractFormValues(contract)}
          customer={{ id: contract.customerId, name: contract.customerName, taxId: formatTaxId(contract.customerTaxId) }}
          contacts={(customer?.contacts ?? []).map((c) => ({ id: c.id, label: contactLabel(c) }))}
          options={{ ...options, templates }}
        />
      </Card>
      <div className="space-y-6">
        <Card title={t('stage.title')}>
          <StageCard
            contractId={contract.id}
            currentId={contract.stageId}
            canManage={canManage}
            stages={stages.map((s) => ({
              id: s.id,
              name: s.name,
              requires: s.documentTypes.filter((d) => d.requiresSignature).map((d) => d.name),
              nextName: s.nextStageName,
            }))}
          />
        </Card>
        <Card title={t('effective.title')} description={t('effective.description')}>
          <EffectiveSettingsPanel settings={effective.settings} integration={effective.integration} branchName={contract.branchName} />
        </Card>
      </div>
    </div>
  );
}

async function TermsTabBody({ operator, contract, canManage }: TabProps) {
  const t = await getTranslations('contracts');
  const [terms, options] = await Promise.all([listContractTerms(operator, contract.id), listContractTemplates(operator, 'term')]);
  return (
    <Card title={t('terms.title')} description={t('terms.description')}>
      <TermsPanel
        contractId={contract.id}
        canManage={canManage}
        options={options}
        terms={terms.map((x) => ({
          id: x.id,
          name: x.name,
          signed: x.signed,
          signedAt: formatDateTime(x.signedAt),
          addedAt: formatDate(x.createdAt),
          document: x.envelopeStatus ? t(`envelopeStatus.${x.envelopeStatus}`) : null,
        }))}
      />
    </Card>
  );
}

async function ServiceOrdersTabBody({ operator, contract, canManage }: TabProps) {
  const t = await getTranslations('contracts');
  const [orders, subjects] = await Promise.all([listServiceOrders(operator, contract.id), listSubjects(operator)]);
  return (
    <Card title={t('serviceOrders.title')} description={t('serviceOrders.description')}>
      <ServiceOrdersPanel
        contractId={contract.id}
        canManage={canManage}
        subjects={subjects}
        orders={orders.map((o) => ({
          id: o.id,
          number: o.number,
          subjectName: o.subjectName,
          description: o.description,
          open: o.status === 'open',
          openedAt: formatDateTime(o.createdAt),
          closedAt: formatDateTime(o.closedAt),
          document: o.envelopeStatus ? t(`envelopeStatus.${o.envelopeStatus}`) : null,
        }))}
      />
    </Card>
  );
}
