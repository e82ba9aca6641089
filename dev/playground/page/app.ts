/// <reference lib="dom" />
import { isLanguage, RIGHT_TO_LEFT } from "../../../functions/domain/languages.ts";
import type { EmulatedMessage, EmulatorEvent, ForumTopic } from "../bot-api-emulator.ts";
import type { Coordinator, Persona } from "../personas.ts";
import type { MessageEntity } from "../telegram-html.ts";

/**
 * The playground page: the emulator's chats drawn as Telegram shows them. Every change arrives as
 * a server-sent event; every action (write, tap, choose a language) is a request to the
 * playground server, which acts in the local Telegram as that person.
 */

interface State {
  bot: { id: number; first_name: string; username?: string };
  chats: { chat: { id: number; type: string; title?: string }; topics: ForumTopic[]; messages: EmulatedMessage[] }[];
  commands: Record<string, { command: string; description: string }[]>;
  group: { id: number; title: string };
  personas: Persona[];
  coordinators: Coordinator[];
  languages: string[];
}

const LANGUAGE_NAMES: Record<string, string> = { de: "Deutsch", en: "English", ar: "العربية", fa: "فارسی / دری", uk: "Українська" };

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const $ = {
  connection: element("connection"),
  reset: element<HTMLButtonElement>("reset"),
  personas: element("personas"),
  language: element<HTMLSelectElement>("language"),
  privateChat: element("private-chat"),
  privateForm: element<HTMLFormElement>("private-form"),
  privateInput: element<HTMLInputElement>("private-input"),
  commands: element<HTMLButtonElement>("commands"),
  commandMenu: element("command-menu"),
  groupTitle: element("group-title"),
  coordinator: element<HTMLSelectElement>("coordinator"),
  topics: element("topics"),
  groupChat: element("group-chat"),
  groupForm: element<HTMLFormElement>("group-form"),
  groupInput: element<HTMLInputElement>("group-input"),
  privateFile: element<HTMLInputElement>("private-file"),
  groupFile: element<HTMLInputElement>("group-file"),
  toasts: element("toasts"),
  apiLogCount: element("api-log-count"),
  apiLogEntries: element("api-log-entries"),
};

let state: State;
const messages = new Map<number, Map<number, EmulatedMessage>>();
const topics = new Map<number, ForumTopic>();
const unread = new Map<string, number>();
const pendingTaps = new Set<string>();
let personaId = 0;
let topicId: number | undefined;
const replyTo: { private?: EmulatedMessage; group?: EmulatedMessage } = {};

// ── Talking to the playground server ──────────────────────────────────────────

async function post(path: string, body: unknown): Promise<boolean> {
  const response = await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  if (response.ok) return true;
  const answer = (await response.json().catch(() => ({}))) as { description?: string };
  toast(answer.description ?? `The playground answered ${response.status}`, "error");
  return false;
}

async function load(): Promise<void> {
  state = (await (await fetch("/api/state")).json()) as State;
  messages.clear();
  topics.clear();
  for (const chat of state.chats) {
    messages.set(chat.chat.id, new Map(chat.messages.map((message) => [message.message_id, message])));
    if (chat.chat.id === state.group.id) for (const topic of chat.topics) topics.set(topic.message_thread_id, topic);
  }
  if (!state.personas.some((persona) => persona.id === personaId)) personaId = state.personas[0]!.id;
  if (topicId !== undefined && !topics.has(topicId)) topicId = undefined;
  $.groupTitle.textContent = `Coordinators' group: ${state.group.title}`;
  if ($.coordinator.options.length === 0) {
    for (const coordinator of state.coordinators) {
      $.coordinator.append(new Option(`${coordinator.first_name} (${coordinator.status === "member" ? "member" : "admin"})`, String(coordinator.id)));
    }
  }
  if ($.language.options.length === 0) {
    for (const language of state.languages) $.language.append(new Option(LANGUAGE_NAMES[language] ?? language, language));
  }
  renderAll();
}

function listen(): void {
  const events = new EventSource("/api/events");
  events.onopen = () => {
    $.connection.textContent = "connected";
    $.connection.dataset.state = "up";
  };
  events.onerror = () => {
    $.connection.textContent = "reconnecting…";
    $.connection.dataset.state = "down";
  };
  events.onmessage = (message) => apply(JSON.parse(message.data as string) as EmulatorEvent);
}

function apply(event: EmulatorEvent): void {
  switch (event.kind) {
    case "message": {
      const chat = messages.get(event.chatId) ?? new Map<number, EmulatedMessage>();
      const isNew = !chat.has(event.message.message_id);
      chat.set(event.message.message_id, event.message);
      messages.set(event.chatId, chat);
      if (isNew && !isShown(event.chatId, event.message.message_thread_id)) countUnread(event.chatId, event.message.message_thread_id);
      break;
    }
    case "message-deleted":
      messages.get(event.chatId)?.delete(event.messageId);
      break;
    case "topic":
      if (event.chatId === state.group.id) topics.set(event.topic.message_thread_id, event.topic);
      break;
    case "topic-deleted":
      topics.delete(event.threadId);
      if (topicId === event.threadId) topicId = undefined;
      break;
    case "callback-answer":
      for (const key of pendingTaps) if (key.startsWith(`${event.chatId}:${event.messageId}:`)) pendingTaps.delete(key);
      if (event.text) toast(event.text, event.showAlert ? "alert" : "notice");
      break;
    case "delivery-failed":
      toast(`The bot's webhook did not take an update (${event.description}).`, "error");
      break;
    case "refused":
      toast(`Telegram would refuse the bot's ${event.method}: ${event.description}`, "error");
      break;
    case "call":
      logCall(event);
      return;
    case "reset":
      void load();
      return;
  }
  renderAll();
}

// ── Drawing ───────────────────────────────────────────────────────────────────

function renderAll(): void {
  renderPersonas();
  renderChat($.privateChat, personaId, undefined, personaId);
  renderTopics();
  renderChat($.groupChat, state.group.id, topicId, Number($.coordinator.value));
  const persona = currentPersona();
  $.language.value = persona.language_code;
  $.privateChat.dir = isLanguage(persona.language_code) && RIGHT_TO_LEFT.has(persona.language_code) ? "rtl" : "ltr";
  $.privateChat.lang = persona.language_code;
}

function currentPersona(): Persona {
  return state.personas.find((persona) => persona.id === personaId)!;
}

function renderPersonas(): void {
  $.personas.replaceChildren(
    ...state.personas.map((persona) => {
      const tab = document.createElement("button");
      tab.type = "button";
      tab.role = "tab";
      tab.dataset.persona = persona.role;
      tab.setAttribute("aria-selected", String(persona.id === personaId));
      tab.textContent = `${persona.first_name} · ${persona.role}`;
      const count = unread.get(`${persona.id}`) ?? 0;
      if (count > 0) tab.append(badge(count));
      tab.onclick = () => {
        personaId = persona.id;
        unread.delete(`${persona.id}`);
        replyTo.private = undefined;
        renderAll();
      };
      return tab;
    }),
  );
}

function renderTopics(): void {
  const entries: { id: number | undefined; name: string; closed: boolean }[] = [
    { id: undefined, name: "General", closed: false },
    ...[...topics.values()].sort((a, b) => b.message_thread_id - a.message_thread_id).map((topic) => ({ id: topic.message_thread_id, name: topic.name, closed: topic.closed })),
  ];
  $.topics.replaceChildren(
    ...entries.map((entry) => {
      const item = document.createElement("button");
      item.type = "button";
      item.className = "topic";
      item.dataset.topic = entry.id === undefined ? "general" : String(entry.id);
      item.setAttribute("aria-current", String(entry.id === topicId));
      item.dir = "auto";
      item.textContent = `${entry.closed ? "🔒 " : "# "}${entry.name}`;
      const count = unread.get(`${state.group.id}:${entry.id ?? "general"}`) ?? 0;
      if (count > 0) item.append(badge(count));
      item.onclick = () => {
        topicId = entry.id;
        unread.delete(`${state.group.id}:${entry.id ?? "general"}`);
        replyTo.group = undefined;
        renderAll();
      };
      return item;
    }),
  );
}

function renderChat(container: HTMLElement, chatId: number, threadId: number | undefined, viewerId: number): void {
  const atBottom = container.scrollHeight - container.scrollTop - container.clientHeight < 40;
  const shown = [...(messages.get(chatId)?.values() ?? [])].filter((message) => chatId > 0 || message.message_thread_id === threadId || (threadId === undefined && message.message_thread_id === undefined));
  container.replaceChildren(...shown.sort((a, b) => a.message_id - b.message_id).map((message) => bubble(message, chatId, viewerId)));
  if (shown.length === 0) {
    const empty = document.createElement("p");
    empty.className = "empty";
    empty.textContent = chatId > 0 ? "No messages yet: send /start." : "No messages in this topic yet.";
    container.append(empty);
  }
  if (atBottom || container.dataset.drawn !== `${chatId}:${threadId}`) container.scrollTop = container.scrollHeight;
  container.dataset.drawn = `${chatId}:${threadId}`;
}

function bubble(message: EmulatedMessage, chatId: number, viewerId: number): HTMLElement {
  if (message.forum_topic_created) {
    const service = document.createElement("p");
    service.className = "service";
    service.dir = "auto";
    service.textContent = `${message.from.first_name} created the topic “${message.forum_topic_created.name}”`;
    return service;
  }
  const item = document.createElement("article");
  const mine = message.from.id === viewerId;
  item.className = `bubble ${mine ? "out" : "in"} ${message.from.is_bot ? "from-bot" : "from-person"}`;
  item.dataset.messageId = String(message.message_id);
  if (chatId < 0 && !mine) {
    const author = document.createElement("div");
    author.className = "author";
    author.textContent = message.from.first_name;
    item.append(author);
  }
  const quoted = message.reply_to_message;
  if (quoted && !quoted.forum_topic_created) {
    const quote = document.createElement("div");
    quote.className = "quote";
    quote.dir = "auto";
    quote.textContent = `${quoted.from.first_name}: ${(quoted.text ?? quoted.caption ?? "📎").slice(0, 80)}`;
    item.append(quote);
  }
  if (message.document) item.append(attachment(`📄 ${message.document.file_name}`, message.document.file_id, message.document.file_size));
  if (message.photo) item.append(photo(message.photo.at(-1)!.file_id));
  const body = message.text ?? message.caption;
  if (body !== undefined) {
    const text = document.createElement("div");
    text.className = "text";
    text.dir = "auto";
    text.append(formatted(body, message.text !== undefined ? message.entities : message.caption_entities));
    item.append(text);
  }
  const meta = document.createElement("div");
  meta.className = "meta";
  meta.textContent = `${message.reactions?.length ? `${message.reactions.join("")} ` : ""}${message.edit_date ? "edited " : ""}${new Date((message.edit_date ?? message.date) * 1000).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}`;
  const reply = document.createElement("button");
  reply.type = "button";
  reply.className = "reply-button";
  reply.title = "Reply";
  reply.setAttribute("aria-label", "Reply to this message");
  reply.textContent = "↩";
  reply.onclick = () => startReply(chatId < 0 ? "group" : "private", message);
  meta.append(reply);
  item.append(meta);
  if (message.reply_markup) item.append(keyboard(message, chatId));
  return item;
}

function attachment(label: string, fileId: string, size: number): HTMLElement {
  const link = document.createElement("a");
  link.className = "attachment";
  link.href = `/api/files/${encodeURIComponent(fileId)}`;
  link.download = "";
  link.textContent = `${label} (${size < 1024 ? `${size} B` : `${Math.round(size / 1024)} KB`})`;
  return link;
}

function photo(fileId: string): HTMLElement {
  const image = document.createElement("img");
  image.className = "photo";
  image.src = `/api/files/${encodeURIComponent(fileId)}`;
  image.alt = "Photo";
  return image;
}

function keyboard(message: EmulatedMessage, chatId: number): HTMLElement {
  const grid = document.createElement("div");
  grid.className = "keyboard";
  for (const row of message.reply_markup!.inline_keyboard) {
    const line = document.createElement("div");
    line.className = "row";
    for (const button of row) {
      if (button.url) {
        const link = document.createElement("a");
        link.className = "key url";
        link.href = button.url;
        link.target = "_blank";
        link.rel = "noopener noreferrer";
        link.dir = "auto";
        link.textContent = `${button.text} ↗`;
        line.append(link);
        continue;
      }
      const key = document.createElement("button");
      key.type = "button";
      key.className = "key";
      key.dir = "auto";
      key.textContent = button.text;
      const tapKey = `${chatId}:${message.message_id}:${button.callback_data}`;
      if (pendingTaps.has(tapKey)) key.classList.add("pending");
      key.onclick = () => {
        const userId = chatId > 0 ? personaId : Number($.coordinator.value);
        pendingTaps.add(tapKey);
        key.classList.add("pending");
        // Telegram stops the spinner after a while even when the bot never answers.
        setTimeout(() => pendingTaps.delete(tapKey) && renderAll(), 15_000);
        void post("/api/tap", { userId, chatId, messageId: message.message_id, data: button.callback_data }).then((ok) => {
          if (!ok) pendingTaps.delete(tapKey);
        });
      };
      line.append(key);
    }
    grid.append(line);
  }
  return grid;
}

/** Text with Telegram's entities as DOM nodes: the bot's text is never parsed as HTML here. */
function formatted(text: string, entities: MessageEntity[] = []): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const build = (parent: Node, start: number, end: number, inside: MessageEntity[]) => {
    let position = start;
    const direct = inside.filter((entity) => !inside.some((other) => other !== entity && contains(other, entity)));
    for (const entity of direct.sort((a, b) => a.offset - b.offset)) {
      if (entity.offset > position) parent.appendChild(document.createTextNode(text.slice(position, entity.offset)));
      const node = entityElement(entity);
      const nested = inside.filter((other) => other !== entity && contains(entity, other));
      build(node, entity.offset, entity.offset + entity.length, nested);
      parent.appendChild(node);
      position = entity.offset + entity.length;
    }
    if (position < end) parent.appendChild(document.createTextNode(text.slice(position, end)));
  };
  build(fragment, 0, text.length, entities);
  return fragment;
}

function contains(outer: MessageEntity, inner: MessageEntity): boolean {
  return outer.offset <= inner.offset && outer.offset + outer.length >= inner.offset + inner.length && (outer.length > inner.length || outer.offset !== inner.offset || outer.type < inner.type);
}

function entityElement(entity: MessageEntity): HTMLElement {
  switch (entity.type) {
    case "bold":
      return document.createElement("strong");
    case "italic":
      return document.createElement("em");
    case "underline":
      return document.createElement("u");
    case "strikethrough":
      return document.createElement("s");
    case "code":
      return document.createElement("code");
    case "pre":
      return document.createElement("pre");
    case "blockquote":
    case "expandable_blockquote":
      return document.createElement("blockquote");
    case "spoiler": {
      const spoiler = document.createElement("span");
      spoiler.className = "spoiler";
      spoiler.onclick = () => spoiler.classList.add("revealed");
      return spoiler;
    }
    case "text_link":
    case "url": {
      const link = document.createElement("a");
      if (entity.url && /^(https?:|tg:|mailto:)/.test(entity.url)) link.href = entity.url;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      return link;
    }
    default:
      return document.createElement("span");
  }
}

/** The developer's log of Bot API calls: newest first, the last 200. */
let calls = 0;
function logCall(call: Extract<EmulatorEvent, { kind: "call" }>): void {
  calls++;
  $.apiLogCount.textContent = String(calls);
  const entry = document.createElement("li");
  entry.className = call.ok ? "ok" : "failed";
  const time = new Date(call.at).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" });
  entry.textContent = `${time} ${call.method}${call.chatId !== undefined ? ` chat ${call.chatId}` : ""} ${call.ok ? "ok" : `→ ${call.description ?? "failed"}`}`;
  $.apiLogEntries.prepend(entry);
  while ($.apiLogEntries.childElementCount > 200) $.apiLogEntries.lastElementChild!.remove();
}

function badge(count: number): HTMLElement {
  const mark = document.createElement("span");
  mark.className = "badge";
  mark.textContent = String(count);
  mark.setAttribute("aria-label", `${count} unread`);
  return mark;
}

function isShown(chatId: number, threadId: number | undefined): boolean {
  return chatId === personaId || (chatId === state.group.id && threadId === topicId);
}

function countUnread(chatId: number, threadId: number | undefined): void {
  const key = chatId > 0 ? `${chatId}` : `${chatId}:${threadId ?? "general"}`;
  unread.set(key, (unread.get(key) ?? 0) + 1);
}

function toast(text: string, kind: "notice" | "alert" | "error"): void {
  const item = document.createElement("div");
  item.className = `toast ${kind}`;
  item.role = kind === "notice" ? "status" : "alert";
  item.dir = "auto";
  item.textContent = text;
  const close = document.createElement("button");
  close.type = "button";
  close.textContent = "OK";
  close.onclick = () => item.remove();
  item.append(close);
  $.toasts.append(item);
  if (kind === "notice") setTimeout(() => item.remove(), 4_000);
}

// ── Writing ───────────────────────────────────────────────────────────────────

function startReply(side: "private" | "group", message: EmulatedMessage): void {
  replyTo[side] = message;
  const form = side === "private" ? $.privateForm : $.groupForm;
  const preview = form.querySelector<HTMLElement>(".reply-preview")!;
  preview.hidden = false;
  preview.dir = "auto";
  preview.textContent = `↩ ${(message.text ?? message.caption ?? "📎").slice(0, 60)}`;
  const cancel = document.createElement("button");
  cancel.type = "button";
  cancel.textContent = "×";
  cancel.setAttribute("aria-label", "Cancel the reply");
  cancel.onclick = () => stopReply(side);
  preview.append(cancel);
  (side === "private" ? $.privateInput : $.groupInput).focus();
}

function stopReply(side: "private" | "group"): void {
  replyTo[side] = undefined;
  const form = side === "private" ? $.privateForm : $.groupForm;
  form.querySelector<HTMLElement>(".reply-preview")!.hidden = true;
}

async function send(side: "private" | "group", text: string): Promise<void> {
  if (text.trim() === "") return;
  const reply = replyTo[side];
  const body =
    side === "private"
      ? { userId: personaId, chatId: personaId, text, ...(reply ? { replyTo: reply.message_id } : {}) }
      : { userId: Number($.coordinator.value), chatId: state.group.id, text, ...(topicId !== undefined ? { threadId: topicId } : {}), ...(reply ? { replyTo: reply.message_id } : {}) };
  if (await post("/api/send", body)) stopReply(side);
}

/** A photo or a document from the persona or coordinator; what is typed in the box becomes its caption. */
async function sendFile(side: "private" | "group", file: File): Promise<void> {
  const base64 = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsDataURL(file);
  });
  const input = side === "private" ? $.privateInput : $.groupInput;
  const caption = input.value.trim();
  input.value = "";
  const where = side === "private" ? { userId: personaId, chatId: personaId } : { userId: Number($.coordinator.value), chatId: state.group.id, ...(topicId !== undefined ? { threadId: topicId } : {}) };
  await post("/api/send-file", { ...where, name: file.name, ...(file.type ? { mimeType: file.type } : {}), base64, ...(caption ? { caption } : {}) });
}

for (const [side, picker] of [["private", $.privateFile], ["group", $.groupFile]] as const) {
  picker.onchange = () => {
    const file = picker.files?.[0];
    picker.value = "";
    if (file) void sendFile(side, file).catch((error: unknown) => toast(String(error), "error"));
  };
}

$.privateForm.onsubmit = (event) => {
  event.preventDefault();
  const text = $.privateInput.value;
  $.privateInput.value = "";
  void send("private", text);
};
$.groupForm.onsubmit = (event) => {
  event.preventDefault();
  const text = $.groupInput.value;
  $.groupInput.value = "";
  void send("group", text);
};
$.language.onchange = () => {
  const language = $.language.value;
  void post("/api/language", { userId: personaId, language }).then((ok) => {
    if (ok) currentPersona().language_code = language;
    renderAll();
  });
};
$.coordinator.onchange = () => renderAll();
$.commands.onclick = () => {
  // Telegram shows the list for the app's language, or the default one.
  const list = state.commands[currentPersona().language_code] ?? state.commands[""] ?? [];
  $.commandMenu.replaceChildren(
    ...list.map((command) => {
      const item = document.createElement("button");
      item.type = "button";
      item.dir = "auto";
      item.textContent = `/${command.command} — ${command.description}`;
      item.onclick = () => {
        $.commandMenu.hidden = true;
        void send("private", `/${command.command}`);
      };
      return item;
    }),
  );
  if (list.length === 0) $.commandMenu.textContent = "The bot has set no commands.";
  $.commandMenu.hidden = !$.commandMenu.hidden;
};
$.reset.onclick = () => {
  if (!confirm("Delete every chat, enquiry and setting stored locally?")) return;
  void post("/api/reset", {});
};

void load().then(listen);
