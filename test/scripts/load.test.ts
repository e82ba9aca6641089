import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

describe("npm run load", () => {
  it("takes a handful of people at once from question to rating, each counted once end to end", async () => {
    const { stdout } = await run(process.execPath, ["--import", "tsx", "bench/load.ts"], {
      env: { PATH: process.env.PATH ?? "", NODE_NO_WARNINGS: "1", LOAD_PEOPLE: "6", LOAD_CONNECTIONS: "3", LOAD_TIMEOUT_SECONDS: "60" },
    });

    expect(stdout).toContain("enquiries stored 6, distinct references 6, topics opened 6, replies relayed 6, people reached 6, ratings stored 6");
    expect(stdout).toMatch(/webhook latency\s+p50 [\d.]+ ms, p95 [\d.]+ ms, p99 [\d.]+ ms/);
  }, 60_000);

  it("refuses a count beyond its bound", async () => {
    const failure = await run(process.execPath, ["--import", "tsx", "bench/load.ts"], {
      env: { PATH: process.env.PATH ?? "", NODE_NO_WARNINGS: "1", LOAD_PEOPLE: "100000" },
    }).catch((error: { stderr: string }) => error);
    expect((failure as { stderr: string }).stderr).toContain("LOAD_PEOPLE must be an integer from 1 to 5,000");
  });
});
