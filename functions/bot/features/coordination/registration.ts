import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../../context.ts";
import { coordinationData, coordinationPattern } from "../../callback-data.ts";
import { displayName, escapeHtml, HTML } from "../../html.ts";
import { registeredCoordinator, type GroupTools } from "./group.ts";

/**
 * Who may answer: `/register` (an administrator at once, a member after an administrator
 * confirms), `/unregister`, leaving the group; and the teams (`/join`, `/leave`, `/teams`).
 */
export function registrationFeature(tools: GroupTools): Composer<BotContext> {
  const { t, deps } = tools;
  const { coordinators, routing, now } = deps;
  const feature = new Composer<BotContext>();

  feature.command("register", async (ctx) => {
    const user = ctx.from!;
    const known = await coordinators.get(user.id);
    if (known?.status === "active") return ctx.reply(t("register-already", { name: displayName(user.first_name) }), HTML);
    const registeredAt = now().toISOString();
    if (await tools.isAdmin(ctx, user.id)) {
      await coordinators.save({ userId: user.id, firstName: user.first_name, status: "active", registeredAt, teams: known?.teams ?? [] });
      return ctx.reply(t("register-done", { name: displayName(user.first_name) }), HTML);
    }
    await coordinators.save({ userId: user.id, firstName: user.first_name, status: "pending", registeredAt, teams: [] });
    await ctx.reply(t("register-pending", { name: displayName(user.first_name) }), {
      ...HTML,
      reply_markup: new InlineKeyboard().text(t("register-confirm"), coordinationData.confirmRegistration(user.id)),
    });
  });

  feature.callbackQuery(coordinationPattern.confirmRegistration, async (ctx) => {
    if (!(await tools.isAdmin(ctx, ctx.from.id))) return ctx.answerCallbackQuery({ text: t("register-not-admin"), show_alert: true });
    const pending = await coordinators.get(Number(ctx.match[1]));
    if (!pending) return ctx.answerCallbackQuery({ text: t("button-outdated") });
    await coordinators.save({ ...pending, status: "active", confirmedBy: ctx.from.id });
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(t("register-confirmed", { name: displayName(pending.firstName), by: displayName(ctx.from.first_name) }), HTML);
  });

  feature.command("unregister", async (ctx) => {
    await coordinators.remove(ctx.from!.id);
    await ctx.reply(t("unregister-done", { name: displayName(ctx.from!.first_name) }), HTML);
  });

  feature.command(["join", "leave"], registeredCoordinator(tools), async (ctx) => {
    const coordinator = ctx.coordinator!;
    const team = ctx.match.trim().toLowerCase();
    if (!(team in routing.teams)) return ctx.reply(t("team-unknown", { teams: Object.keys(routing.teams).join(", ") }), HTML);
    const joining = ctx.message!.text!.startsWith("/join");
    const teams = joining ? [...new Set([...coordinator.teams, team])] : coordinator.teams.filter((other) => other !== team);
    await coordinators.save({ ...coordinator, teams });
    await ctx.reply(t(joining ? "team-joined" : "team-left", { name: displayName(coordinator.firstName), team: escapeHtml(routing.teams[team]!) }), HTML);
  });

  feature.command("teams", async (ctx) => {
    const everyone = (await coordinators.list()).filter((coordinator) => coordinator.status === "active");
    const lines = Object.entries(routing.teams).map(([id, name]) => {
      const members = everyone.filter((coordinator) => coordinator.teams.includes(id)).map((coordinator) => displayName(coordinator.firstName));
      return `<b>${escapeHtml(name)}</b> (/join ${id}): ${members.join(", ") || "–"}`;
    });
    await ctx.reply([t("team-list"), ...lines].join("\n"), HTML);
  });

  // Leaving the group, or being removed from it, ends the registration.
  feature.on("chat_member", async (ctx) => {
    const member = ctx.chatMember.new_chat_member;
    if (member.status === "left" || member.status === "kicked") await coordinators.remove(member.user.id);
  });

  return feature;
}
