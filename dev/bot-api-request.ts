import type { IncomingMessage } from "node:http";

/** A file the bot uploaded, as the fake keeps it. */
export interface UploadedFile {
  filename: string;
  content: string;
}

/** JSON bodies, and multipart ones (file uploads: grammY sends InputFile that way). */
export async function readBotApiPayload(request: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const type = request.headers["content-type"] ?? "";
  if (type.startsWith("multipart/form-data")) {
    const payload: Record<string, unknown> = {};
    for (const part of multipartParts(body, type)) {
      if (part.filename !== undefined) {
        payload[part.name] = { filename: part.filename, content: part.content } satisfies UploadedFile;
      } else {
        // grammY sends objects (reply_markup) as JSON strings inside multipart bodies.
        payload[part.name] = /^[[{]/.test(part.content) ? JSON.parse(part.content) : /^-?\d+$/.test(part.content) ? Number(part.content) : part.content;
      }
    }
    // The file field refers to the attached part ("attach://…"); resolve it for the tests.
    for (const [name, value] of Object.entries(payload)) {
      if (typeof value === "string" && value.startsWith("attach://")) payload[name] = payload[value.slice("attach://".length)];
    }
    return payload;
  }
  const text = body.toString("utf8");
  if (text === "") return {};
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The parts of a multipart/form-data body, read as Telegram does: grammY writes headers without a
 * space after the colon and file names without quotes, which stricter parsers (undici's) refuse.
 */
function multipartParts(body: Buffer, contentType: string): { name: string; filename?: string; content: string }[] {
  const boundary = /boundary=("?)([^";]+)\1/.exec(contentType)?.[2];
  if (!boundary) return [];
  const parts: { name: string; filename?: string; content: string }[] = [];
  for (const chunk of body.toString("utf8").split(`--${boundary}`)) {
    const separator = chunk.indexOf("\r\n\r\n");
    if (separator < 0) continue;
    const headers = chunk.slice(0, separator);
    const disposition = /content-disposition:\s*form-data;(.*)/i.exec(headers)?.[1] ?? "";
    const name = /name="?([^";\r\n]+)"?/.exec(disposition.replace(/filename=.*/, ""))?.[1];
    if (!name) continue;
    const filename = /filename="?([^";\r\n]+)"?/.exec(disposition)?.[1];
    parts.push({ name, ...(filename === undefined ? {} : { filename }), content: chunk.slice(separator + 4).replace(/\r\n$/, "") });
  }
  return parts;
}
