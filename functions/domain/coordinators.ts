import type { EnquiryStatus } from "./enquiry.ts";

/** A member of the coordinators' group who registered with the bot. */
export interface Coordinator {
  userId: number;
  firstName: string;
  /** Pending until an administrator of the group confirms. */
  status: "pending" | "active";
  registeredAt: string;
  confirmedBy?: number;
  /** Teams of `content/routing.json` this coordinator works in. */
  teams: string[];
}

export interface CoordinatorStore {
  get(userId: number): Promise<Coordinator | undefined>;
  save(coordinator: Coordinator): Promise<void>;
  remove(userId: number): Promise<void>;
  /** Everyone registered, pending ones included. */
  list(): Promise<Coordinator[]>;
  /** 1, 2, 3… per team: whose turn it is in round robin. */
  nextTurn(team: string): Promise<number>;
}

/** What a coordinator can do with an enquiry from its card. */
export const CARD_ACTIONS = ["take", "answered", "close", "reopen"] as const;
export type CardAction = (typeof CARD_ACTIONS)[number];

/** The status an action leads to, or undefined when it does not apply in the current status. */
export function statusAfter(action: CardAction, current: EnquiryStatus): EnquiryStatus | undefined {
  const open = current !== "closed" && current !== "withdrawn";
  switch (action) {
    case "take":
      return open && current !== "assigned" ? "assigned" : undefined;
    case "answered":
      return open && current !== "answered" ? "answered" : undefined;
    case "close":
      return open ? "closed" : undefined;
    // A withdrawn enquiry too: the person may write again after withdrawing, and the coordinators decide.
    case "reopen":
      return open ? undefined : "assigned";
  }
}

/** The topic's name shows the state at a glance. */
export const STATUS_ICONS: Record<EnquiryStatus, string> = {
  new: "🆕",
  assigned: "🟡",
  waiting_for_enquirer: "⏳",
  answered: "💬",
  closed: "✅",
  withdrawn: "↩️",
};
