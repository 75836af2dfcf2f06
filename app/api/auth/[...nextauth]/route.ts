import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/next-auth-options';

type Ctx = { params: Promise<{ nextauth: string[] }> };

async function handler(req: Request, ctx: Ctx) {
  // next-auth 4 reads params synchronously; Next 16 hands them over as a promise.
  return NextAuth(req as never, { params: await ctx.params } as never, authOptions());
}

export { handler as GET, handler as POST };
