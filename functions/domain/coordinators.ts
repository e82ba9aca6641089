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

/** The topic's name shows the state at a glance. */
export const STATUS_ICONS: Record<EnquiryStatus, string> = {
  new: "🆕",
  assigned: "🟡",
  waiting_for_enquirer: "⏳",
  answered: "💬",
  closed: "✅",
  withdrawn: "↩️",
};
