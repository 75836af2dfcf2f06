export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { bootServerOrExit } = await import('./lib/boot/boot-server');
  await bootServerOrExit();
}
