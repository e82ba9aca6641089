import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { z } from "zod";
import { LANGUAGES } from "../../functions/domain/languages.ts";
import type { BotApiEmulator, EmulatorEvent } from "./bot-api-emulator.ts";
import { BotApiError } from "./bot-api-rules.ts";
import { COORDINATORS, PERSONAS, PLAYGROUND_GROUP } from "./personas.ts";

const pageDir = fileURLToPath(new URL("./page/", import.meta.url));

/** Only this page's own files: no fonts, scripts or styles from elsewhere. */
const SECURITY_HEADERS = {
  "content-security-policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
};

const sendSchema = z.object({
  userId: z.number().int(),
  chatId: z.number().int(),
  text: z.string().max(10_000),
  threadId: z.number().int().optional(),
  replyTo: z.number().int().optional(),
});
const fileSchema = z.object({
  userId: z.number().int(),
  chatId: z.number().int(),
  name: z.string().min(1).max(255),
  mimeType: z.string().max(255).optional(),
  base64: z.base64().max(28_000_000),
  caption: z.string().max(10_000).optional(),
  threadId: z.number().int().optional(),
});
const tapSchema = z.object({ userId: z.number().int(), chatId: z.number().int(), messageId: z.number().int(), data: z.string().max(256) });
const languageSchema = z.object({ userId: z.number().int(), language: z.enum(LANGUAGES) });

export interface PlaygroundOptions {
  emulator: BotApiEmulator;
  /** Clears the bot's stored data (the emulator's chats are cleared by the server). */
  resetData: () => Promise<void>;
}

/**
 * The playground page and its small JSON API on localhost: the page shows the emulator's chats,
 * live through server-sent events, and acts for the personas (write, tap, choose a language).
 */
export async function createPlaygroundServer(options: PlaygroundOptions): Promise<Server> {
  const { emulator } = options;
  // A persona keeps the language chosen in an earlier run.
  for (const persona of PERSONAS) if (!emulator.user(persona.id)) emulator.addUser({ id: persona.id, first_name: persona.first_name, language_code: persona.language_code });
  for (const coordinator of COORDINATORS) if (!emulator.user(coordinator.id)) emulator.addUser({ id: coordinator.id, first_name: coordinator.first_name, language_code: "de" });
  emulator.addForumGroup(PLAYGROUND_GROUP, Object.fromEntries(COORDINATORS.map((coordinator) => [coordinator.id, coordinator.status])));

  const assets = await loadAssets();
  const streams = new Set<ServerResponse>();
  emulator.onEvent((event: EmulatorEvent) => {
    const data = `data: ${JSON.stringify(event)}\n\n`;
    for (const stream of streams) stream.write(data);
  });

  const state = () => ({
    ...emulator.snapshot(),
    group: PLAYGROUND_GROUP,
    personas: PERSONAS.map((persona) => ({ ...persona, language_code: emulator.user(persona.id)?.language_code ?? persona.language_code })),
    coordinators: COORDINATORS,
    languages: LANGUAGES,
  });

  const server = createServer((request, response) => {
    void route(request, response).catch((error: unknown) => {
      if (error instanceof BotApiError) return json(response, error.code, { ok: false, error_code: error.code, description: error.telegramDescription });
      if (error instanceof z.ZodError || error instanceof SyntaxError) return json(response, 400, { ok: false, description: "Bad Request: malformed request" });
      json(response, 500, { ok: false, description: error instanceof Error ? error.message : String(error) });
    });
  });

  async function route(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? "/", "http://localhost");
    // A page elsewhere whose name was rebound to this machine must not read the chats.
    if (!isLoopbackHost(request.headers.host)) return json(response, 403, { ok: false, description: "Forbidden: open the playground at 127.0.0.1 or localhost" });
    const asset = assets.get(url.pathname);
    if (request.method === "GET" && asset) {
      response.writeHead(200, { "content-type": asset.type, "cache-control": "no-store", ...SECURITY_HEADERS });
      return response.end(asset.body);
    }
    if (request.method === "GET" && url.pathname === "/api/state") return json(response, 200, state());
    if (request.method === "GET" && url.pathname === "/api/events") {
      response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
      response.write(": connected\n\n");
      streams.add(response);
      request.on("close", () => streams.delete(response));
      return;
    }
    const file = /^\/api\/files\/([\w-]+)$/.exec(url.pathname);
    if (request.method === "GET" && file) {
      const stored = emulator.file(file[1]!);
      if (!stored) return json(response, 404, { ok: false, description: "Not Found" });
      // Pictures are shown in the page; everything else is only ever downloaded.
      const image = /^image\/(png|jpeg|gif|webp)$/.test(stored.mime_type ?? "");
      response.writeHead(200, {
        "content-type": image ? stored.mime_type! : "application/octet-stream",
        "content-disposition": `${image ? "inline" : "attachment"}; filename="${stored.file_name.replace(/[^\w.-]/g, "_")}"`,
        ...SECURITY_HEADERS,
      });
      return response.end(Buffer.from(stored.base64, "base64"));
    }
    if (request.method !== "POST") return json(response, 404, { ok: false, description: "Not Found" });
    // Only this page may act: another site's form cannot send JSON here without asking first.
    if (!(request.headers["content-type"] ?? "").startsWith("application/json")) {
      return json(response, 403, { ok: false, description: "Forbidden: the playground takes JSON from its own page only" });
    }
    const body = await readBody(request);
    switch (url.pathname) {
      case "/api/send": {
        const { userId, chatId, text, threadId, replyTo } = sendSchema.parse(body);
        const message = emulator.sendText(userId, chatId, text, { ...(threadId !== undefined ? { threadId } : {}), ...(replyTo !== undefined ? { replyTo } : {}) });
        return json(response, 200, { ok: true, result: { message_id: message.message_id } });
      }
      case "/api/send-file": {
        const { userId, chatId, name, mimeType, base64, caption, threadId } = fileSchema.parse(body);
        const message = emulator.sendFile(userId, chatId, { name, ...(mimeType ? { mimeType } : {}), content: Buffer.from(base64, "base64") }, {
          ...(caption ? { caption } : {}),
          ...(threadId !== undefined ? { threadId } : {}),
        });
        return json(response, 200, { ok: true, result: { message_id: message.message_id } });
      }
      case "/api/tap": {
        const { userId, chatId, messageId, data } = tapSchema.parse(body);
        return json(response, 200, { ok: true, result: { callback_query_id: emulator.tapButton(userId, chatId, messageId, data) } });
      }
      case "/api/language": {
        const { userId, language } = languageSchema.parse(body);
        const persona = emulator.user(userId);
        if (!persona || !PERSONAS.some((candidate) => candidate.id === userId)) return json(response, 400, { ok: false, description: "Bad Request: no such persona" });
        emulator.addUser({ ...persona, language_code: language });
        return json(response, 200, { ok: true });
      }
      case "/api/reset": {
        await options.resetData();
        emulator.reset();
        return json(response, 200, { ok: true });
      }
      default:
        return json(response, 404, { ok: false, description: "Not Found" });
    }
  }

  server.on("close", () => {
    for (const stream of streams) stream.end();
  });
  return server;
}

/** The page, its style and its script (bundled from TypeScript now, so nothing is fetched from elsewhere). */
async function loadAssets(): Promise<Map<string, { type: string; body: string }>> {
  const script = await build({
    entryPoints: [`${pageDir}app.ts`],
    bundle: true,
    write: false,
    format: "esm",
    target: "es2022",
    logLevel: "silent",
  });
  return new Map([
    ["/", { type: "text/html; charset=utf-8", body: readFileSync(`${pageDir}index.html`, "utf8") }],
    ["/style.css", { type: "text/css; charset=utf-8", body: readFileSync(`${pageDir}style.css`, "utf8") }],
    ["/favicon.svg", { type: "image/svg+xml", body: readFileSync(`${pageDir}favicon.svg`, "utf8") }],
    ["/app.js", { type: "text/javascript; charset=utf-8", body: script.outputFiles[0]!.text }],
  ]);
}

function isLoopbackHost(host: string | undefined): boolean {
  return /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(host ?? "");
}

/** A 20 MB file in base64, and its JSON around it. */
const MAX_BODY_BYTES = 28_500_000;

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BotApiError(413, "the file is too big for the playground");
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
}

function json(response: ServerResponse, status: number, body: unknown): void {
  if (response.headersSent) return void response.end();
  response.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" }).end(JSON.stringify(body));
}
