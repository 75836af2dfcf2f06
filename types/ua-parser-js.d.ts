// ua-parser-js 1.x ships no typings; the part of its API Rubrica uses (lib/evidence/describe-user-agent.ts).
declare module 'ua-parser-js' {
  type Named = { name?: string; version?: string };
  export type UAResult = {
    ua: string;
    browser: Named & { major?: string };
    engine: Named;
    os: Named;
    device: { vendor?: string; model?: string; type?: 'console' | 'mobile' | 'tablet' | 'smarttv' | 'wearable' | 'embedded' };
    cpu: { architecture?: string };
  };
  export class UAParser {
    constructor(ua?: string);
    getResult(): UAResult;
  }
  export default UAParser;
}
