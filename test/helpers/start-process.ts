import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";

/** `npm start` in its own process; its output is collected for the test to read. */
export function startStartProcess(env: Record<string, string>) {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "dev/start.ts"], {
    cwd: process.cwd(),
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "test", NODE_NO_WARNINGS: "1", LOG_LEVEL: "WARN", ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return {
    child,
    output: () => output,
    /** Resolves once the output matches `pattern`; rejects after `ms`. */
    waitFor: (pattern: RegExp, ms = 20_000) =>
      new Promise<void>((resolve, reject) => {
        const started = Date.now();
        const poll = setInterval(() => {
          if (pattern.test(output)) {
            clearInterval(poll);
            resolve();
          } else if (Date.now() - started > ms || child.exitCode !== null) {
            clearInterval(poll);
            reject(new Error(`did not see ${pattern} in:\n${output}`));
          }
        }, 25);
      }),
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGINT");
      await once(child, "exit");
    },
  };
}
