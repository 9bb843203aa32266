/**
 * Runs a bench module's `main` when the module is the script Node was started with (`npx tsx bench/soak.ts`),
 * not when `npm run bench` imports it: exit 0 when it is done, 1 with the stack when it fails.
 */
export function runAsScript(moduleUrl: string, main: () => Promise<void>): void {
  if (moduleUrl !== `file://${process.argv[1]}`) return;
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.stack : error);
      process.exit(1);
    },
  );
}
