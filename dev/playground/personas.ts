import type { MemberStatus } from "./bot-api-emulator.ts";

/** The people of the playground: made-up users of a local Telegram, not office data. */
export interface Persona {
  id: number;
  role: "volunteer" | "company" | "refugee";
  first_name: string;
  language_code: string;
}

export interface Coordinator {
  id: number;
  first_name: string;
  status: MemberStatus;
}

/** The coordinators' forum group; `npm start` points COORDINATOR_CHAT_ID at it. */
export const PLAYGROUND_GROUP = { id: -1001000001, title: "Koordination Ehrenamt" } as const;

export const PERSONAS: readonly Persona[] = [
  { id: 5001, role: "volunteer", first_name: "Lena", language_code: "de" },
  { id: 5002, role: "company", first_name: "Markus", language_code: "de" },
  { id: 5003, role: "refugee", first_name: "Amal", language_code: "ar" },
];

/** Two administrators (who may register at once) and a member (whose registration needs a confirmation). */
export const COORDINATORS: readonly Coordinator[] = [
  { id: 7001, first_name: "Sabine", status: "creator" },
  { id: 7002, first_name: "Tom", status: "administrator" },
  { id: 7003, first_name: "Jonas", status: "member" },
];
