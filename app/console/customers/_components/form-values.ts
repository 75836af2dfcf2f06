import { formatPhone } from '@/lib/people/phone';
import type { CustomerFormValues } from '@/lib/people/schemas';
import { formatTaxId } from '@/lib/people/tax-id';

type SavedCustomer = {
  kind: 'person' | 'company';
  name: string;
  taxId: string;
  emails: string[];
  phone: string | null;
  addressPostalCode: string | null;
  addressStreet: string | null;
  addressNumber: string | null;
  addressComplement: string | null;
  addressDistrict: string | null;
  addressCity: string | null;
  addressState: string | null;
};

/** 01310100 → 01310-100 */
export function formatPostalCode(value: string | null | undefined) {
  return value && /^\d{8}$/.test(value) ? `${value.slice(0, 5)}-${value.slice(5)}` : (value ?? '');
}

/** What the form shows for a saved customer: punctuation back on, e-mails one per line. */
export function customerFormValues(c: SavedCustomer): CustomerFormValues {
  return {
    kind: c.kind,
    name: c.name,
    taxId: formatTaxId(c.taxId),
    emails: c.emails.join('\n'),
    phone: c.phone ? formatPhone(c.phone) : '',
    addressPostalCode: formatPostalCode(c.addressPostalCode),
    addressStreet: c.addressStreet ?? '',
    addressNumber: c.addressNumber ?? '',
    addressComplement: c.addressComplement ?? '',
    addressDistrict: c.addressDistrict ?? '',
    addressCity: c.addressCity ?? '',
    addressState: c.addressState ?? '',
  };
}

export const emptyCustomerForm: CustomerFormValues = {
  kind: 'person',
  name: '',
  taxId: '',
  emails: '',
  phone: '',
  addressPostalCode: '',
  addressStreet: '',
  addressNumber: '',
  addressComplement: '',
  addressDistrict: '',
  addressCity: '',
  addressState: '',
};
