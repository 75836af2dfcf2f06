// One file per area so features add their strings without touching each other's.
import common from './common.json';

const messages = { ...common };

export default messages;
export type Messages = typeof messages;
