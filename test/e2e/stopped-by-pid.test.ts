import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FakeBotApi } from "../../dev/fake-bot-api.ts";

/**
 * An operator (or a process manager, or an editor's task runner) stops `npm start` and
 * `npm run serve` by the PID of the `npm` process it started. Whatever npm spawned below it
 * (sh, tsx, node) must end too: a server left behind keeps its port and its DynamoDB files.
 */

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Every process below `pid`, read from /proc (Linux, as on the CI and the dev machine). */
function descendantsOf(pid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // ended while we looked
    }
    // The command name may hold spaces and parentheses: the fields after its last ')' are fixed.
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    for (const child of parents.get(queue.shift()!) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

const alive = (pid: number) => {
  try {
    // A zombie has ended but still has a /proc entry until it is reaped.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return !stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
  } catch {
    return false;
  }
};

const portIsFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });

async function eventually(check: () => Promise<boolean> | boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
}

/** `npm run <script>` exactly as an operator types it, with its output collected. */
function npmRun(script: string, env: Record<string, string>) {
  const child: ChildProcess = spawn("npm", ["run", script], {
    cwd: process.cwd(),
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? tmpdir(), NODE_ENV: "test", NODE_NO_WARNINGS: "1", LOG_LEVEL: "WARN", ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const everything: number[] = [];
  cleanups.push(() => {
    // Whatever a failing run left behind must not outlive the test.
    for (const pid of [child.pid!, ...everything]) if (alive(pid)) process.kill(pid, "SIGKILL");
  });
  return {
    pid: child.pid!,
    waitFor: async (pattern: RegExp, ms = 30_000) => {
      if (!(await eventually(() => pattern.test(output) || child.exitCode !== null, ms)) || !pattern.test(output)) {
        throw new Error(`did not see ${pattern} in:\n${output}`);
      }
      return pattern.exec(output)!;
    },
    /** Notes every process below npm now, so that the test can look for them after the stop. */
    snapshot: () => {
      everything.push(...descendantsOf(child.pid!));
      return [...everything];
    },
  };
}

const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "engagement-bot-stop-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};

describe("stopping npm by its PID ends everything it started", () => {
  it("npm run serve: the server's port is free and no child remains", async () => {
    const api = await new FakeBotApi({ id: 1000003, username: "stop_engagement_bot" }).start();
    cleanups.push(() => api.stop());
    const serve = npmRun("serve", {
      TELEGRAM_WEBHOOK_SECRET: "stop-test-webhook-secret-abcdef",
      TELEGRAM_API_ROOT: api.apiRoot,
      TELEGRAM_BOT_USERNAME: "stop_engagement_bot",
      LOCAL_DATA_DIR: tempDir(),
      PORT: "0",
    });
    const port = Number((await serve.waitFor(/listening on http:\/\/127\.0\.0\.1:(\d+)\/telegram/))[1]);
    const children = serve.snapshot();
    expect(children.length).toBeGreaterThan(0);
    expect(await portIsFree(port)).toBe(false);

    process.kill(serve.pid, "SIGTERM");

    expect(await eventually(() => portIsFree(port), 10_000)).toBe(true);
    expect(await eventually(() => children.every((pid) => !alive(pid)), 10_000)).toBe(true);
    expect(await eventually(() => !alive(serve.pid), 10_000)).toBe(true);
  });

  it("npm start (the playground): the page's port is free and no child remains", async () => {
    const start = npmRun("start", { LOCAL_DATA_DIR: tempDir(), PLAYGROUND_PORT: "0" });
    const port = Number((await start.waitFor(/Playground: http:\/\/127\.0\.0\.1:(\d+)\//))[1]);
    const children = start.snapshot();
    expect(children.length).toBeGreaterThan(0);
    expect(await portIsFree(port)).toBe(false);

    process.kill(start.pid, "SIGTERM");

    expect(await eventually(() => portIsFree(port), 10_000)).toBe(true);
    expect(await eventually(() => children.every((pid) => !alive(pid)), 10_000)).toBe(true);
    expect(await eventually(() => !alive(start.pid), 10_000)).toBe(true);
  });
});
