import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";

/** `npm run serve` as a newcomer runs it, in its own process, with the given environment. */
export async function startServeProcess(env: Record<string, string>): Promise<{ url: string; output(): string; stop(): Promise<void>; kill(): Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "dev/serve.ts"], {
    cwd: process.cwd(),
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "test", NODE_NO_WARNINGS: "1", LOG_LEVEL: "WARN", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+\/telegram)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on("data", read);
    child.stderr!.on("data", read);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    /** Everything the process wrote to stdout and stderr so far: its logs. */
    output: () => output,
    /** As a crash or an out-of-memory kill would: no chance to finish or clean up. */
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGKILL");
      await once(child, "exit");
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await once(child, "exit");
    },
  };
}
