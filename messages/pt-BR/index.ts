// One file per area so features add their strings without touching each other's.
import common from './common.json';
import customers from './customers.json';
import integrations from './integrations.json';

const messages = { ...common, ...customers, ...integrations };

export default messages;
export type Messages = typeof messages;
