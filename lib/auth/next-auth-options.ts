import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { deriveKey } from '../config/secret';
import { env } from '../env';
import { clientIp } from '../http/client-ip';
import { authenticateOperator } from './authenticate';
import { endOperatorSession } from './operator-session';

/** Thrown from authorize(): next-auth passes the message to the sign-in page as ?error=. */
export const LOCKED_ERROR = 'Bloqueado';

let cached: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  if (cached) return cached;
  process.env.NEXTAUTH_URL ??= env().publicUrl;
  cached = {
    secret: deriveKey('nextauth').toString('base64'),
    session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
    pages: { signIn: '/login', error: '/login' },
    providers: [
      CredentialsProvider({
        name: 'E-mail e senha',
        credentials: { email: { type: 'email' }, password: { type: 'password' } },
        async authorize(credentials, req) {
          if (!credentials?.email || !credentials.password) return null;
          const headers = (req?.headers ?? {}) as Record<string, string>;
          const result = await authenticateOperator({
            email: credentials.email,
            password: credentials.password,
            ip: clientIp(headers),
            userAgent: headers['user-agent'] ?? null,
          });
          if (!result.ok) {
            if (result.reason === 'locked') throw new Error(LOCKED_ERROR);
            return null;
          }
          return { id: result.userId, name: result.name, email: result.email, sessionId: result.sessionId };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) token.sid = (user as { sessionId?: string }).sessionId;
        return token;
      },
      async session({ session, token }) {
        return { ...session, sid: token.sid };
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === 'string') await endOperatorSession(token.sid, 'signed_out');
      },
    },
  };
  return cached;
}
