import type { IncomingMessage } from "node:http";

/** A file the bot uploaded, as the fakes keep it. */
export interface UploadedFile {
  filename: string;
  /** The bytes as text (the bot uploads JSON exports); `bytes` has them as sent. */
  content: string;
  bytes: Buffer;
  contentType?: string;
}

/** Parameters that hold objects: grammY sends them as JSON text inside multipart bodies. */
const OBJECT_FIELDS = new Set(["reply_markup", "reply_parameters", "link_preview_options", "caption_entities", "entities"]);
/** Parameters that hold numbers; everything else (a caption "2026") stays text. */
const NUMBER_FIELDS = new Set(["chat_id", "from_chat_id", "message_id", "message_thread_id", "reply_to_message_id", "user_id"]);

/**
 * A Bot API request's parameters: JSON bodies, and multipart ones (file uploads: grammY sends
 * InputFile that way). Undefined when the body cannot be read as either.
 */
export async function readBotApiPayload(request: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const type = request.headers["content-type"] ?? "";
  if (type.startsWith("multipart/form-data")) {
    const payload: Record<string, unknown> = {};
    for (const part of multipartParts(body, type)) {
      const text = part.bytes.toString("utf8");
      if (part.filename !== undefined) {
        payload[part.name] = {
          filename: part.filename,
          content: text,
          bytes: part.bytes,
          ...(part.contentType ? { contentType: part.contentType } : {}),
        } satisfies UploadedFile;
      } else if (OBJECT_FIELDS.has(part.name)) {
        try {
          payload[part.name] = JSON.parse(text);
        } catch {
          return undefined;
        }
      } else {
        payload[part.name] = NUMBER_FIELDS.has(part.name) && /^-?\d+$/.test(text) ? Number(text) : text;
      }
    }
    // The file field refers to the attached part ("attach://…").
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
 * The parts of a multipart/form-data body, byte for byte, read as Telegram does: grammY writes
 * headers without a space after the colon and file names without quotes, which stricter parsers
 * (undici's) refuse.
 */
function multipartParts(body: Buffer, contentType: string): { name: string; filename?: string; contentType?: string; bytes: Buffer }[] {
  const boundary = /boundary=("?)([^";]+)\1/.exec(contentType)?.[2];
  if (!boundary) return [];
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: { name: string; filename?: string; contentType?: string; bytes: Buffer }[] = [];
  let start = body.indexOf(delimiter);
  while (start >= 0) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next < 0) break;
    const chunk = body.subarray(start + delimiter.length, next);
    start = next;
    const separator = chunk.indexOf("\r\n\r\n");
    if (separator < 0) continue;
    const headers = chunk.subarray(0, separator).toString("utf8");
    const disposition = /content-disposition:\s*form-data;(.*)/i.exec(headers)?.[1] ?? "";
    const name = /name="?([^";\r\n]+)"?/.exec(disposition.replace(/filename=.*/, ""))?.[1];
    if (!name) continue;
    const filename = /filename="?([^";\r\n]+)"?/.exec(disposition)?.[1];
    const partType = /content-type:\s*([^\r\n;]+)/i.exec(headers)?.[1]?.trim();
    // The part ends with the line break before the next delimiter.
    let bytes = chunk.subarray(separator + 4);
    if (bytes.subarray(-2).toString("latin1") === "\r\n") bytes = bytes.subarray(0, -2);
    parts.push({ name, ...(filename === undefined ? {} : { filename }), ...(partType ? { contentType: partType } : {}), bytes: Buffer.from(bytes) });
  }
  return parts;
}
