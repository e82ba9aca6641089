import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "engagement-bot-scripts-"));
  temporary.push(dir);
  return dir;
};

const script = (name: string, args: string[], env: Record<string, string> = {}, input?: string) => {
  const child = run(process.execPath, ["--import", "tsx", `scripts/${name}.ts`, ...args], {
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "test", NODE_NO_WARNINGS: "1", LOG_LEVEL: "SILENT", ...env },
  });
  if (input !== undefined) {
    child.child.stdin!.end(input);
  }
  return child;
};

describe("npm run content:check", () => {
  it("passes the shipped content", async () => {
    const { stdout } = await script("content-check", []);
    expect(stdout).toMatch(/23 entries, \d+ example questions in \d languages, 23 districts: no problems/);
  });

  it("names the file and the fault in broken content, and fails", async () => {
    const content = join(tempDir(), "content");
    cpSync("content", content, { recursive: true });
    const path = join(content, "search", "en.json");
    const search = JSON.parse(readFileSync(path, "utf8"));
    search.examples["no-such-entry"] = ["Who are you?"];
    writeFileSync(path, JSON.stringify(search));

    await expect(script("content-check", [], { CONTENT_DIR: content })).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('content/search/en.json: examples for "no-such-entry", which is no entry of the knowledge base'),
    });
  });
});

describe("npm run ask", () => {
  it("prints one JSON object with the reply as text, whether it matched, and the entry", async () => {
    const { stdout } = await script("ask", ["--lang", "de", "--json", "Wie kann ich helfen?"]);
    const reply = JSON.parse(stdout);
    expect(reply).toMatchObject({ matched: true, topic: "how-to-get-involved" });
    expect(reply.text).toContain("Stand: Juli 2019");
    expect(reply.text).not.toMatch(/<\/?[a-z]+>/);
  });

  it("answers JSON lines from standard input in order, declining what it cannot answer", async () => {
    const input = ['{"lang": "en", "q": "How does your company cooperation work?"}', '{"lang": "de", "q": "Wie wird das Wetter morgen?"}', ""].join("\n");
    const { stdout } = await script("ask", ["--json"], {}, input);
    const replies = stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(replies).toHaveLength(2);
    expect(replies[1]).toEqual({ text: expect.stringContaining("keine sichere Antwort"), matched: false, topic: null });
  });
});

describe("npm run directory:import", () => {
  it("reports every broken row by line and imports nothing", async () => {
    const dataDir = tempDir();
    await expect(script("directory-import", ["test/fixtures/directory-broken.csv"], { LOCAL_DATA_DIR: dataDir })).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/line 3: kind must be friend-circle or initiative[\s\S]*line 3: "Atlantis"[\s\S]*line 4: name is empty[\s\S]*Nothing was imported/),
    });
  });

  it("imports a valid file into the local table, replacing what was there", async () => {
    const dataDir = tempDir();
    const first = await script("directory-import", ["test/fixtures/directory-valid.csv"], { LOCAL_DATA_DIR: dataDir });
    const second = await script("directory-import", ["test/fixtures/directory-valid.csv"], { LOCAL_DATA_DIR: dataDir });
    expect(first.stdout).toContain("Imported 3 entries");
    expect(second.stdout).toContain("the previous directory was replaced");
  });
});

describe("npm run content:gaps", () => {
  it("lists unanswered questions by topic and 'didn't help' by entry for a month, without any text", async () => {
    const dataDir = tempDir();
    const { startLocalDynamoDb, ensureTable } = await import("../../dev/local-dynamodb.ts");
    const { createDynamoDbClients } = await import("../../functions/store/dynamodb-client.ts");
    const { DynamoDbKnowledgeGapStore } = await import("../../functions/store/knowledge-gap-store.ts");
    const dynamoDb = await startLocalDynamoDb({ dataDir });
    const { client, documentClient } = createDynamoDbClients({ endpoint: dynamoDb.endpoint });
    await ensureTable(client, "engagement-bot-local");
    const store = new DynamoDbKnowledgeGapStore(documentClient, "engagement-bot-local");
    const at = new Date("2026-10-15T12:00:00Z");
    await store.record({ kind: "unmatched", language: "de", topic: undefined }, at);
    await store.record({ kind: "unmatched", language: "de", topic: undefined }, at);
    await store.record({ kind: "not-helpful", language: "uk", entryId: "friend-circles" }, at);
    client.destroy();
    await dynamoDb.close();

    const { stdout } = await script("content-gaps", ["--month", "2026-10"], { LOCAL_DATA_DIR: dataDir });

    expect(stdout).toMatch(/Questions without an answer, by nearest topic:\s+2 {2}none \(de\)/);
    expect(stdout).toMatch(/Answers marked "didn't help":\s+1 {2}friend-circles \(uk\)/);
  });
});
