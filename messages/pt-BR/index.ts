// One file per area so features add their strings without touching each other's.
import common from './common.json';
import contracts from './contracts.json';
import customers from './customers.json';
import delivery from './delivery.json';
import evidence from './evidence.json';
import identity from './identity.json';
import integrations from './integrations.json';
import signer from './signer.json';
import templates from './templates.json';
import verify from './verify.json';

const messages = { ...common, ...contracts, ...customers, ...delivery, ...evidence, ...identity, ...integrations, ...signer, ...templates, ...verify };

export default messages;
export type Messages = typeof messages;
