import { InlineKeyboard } from "grammy";
import { ENQUIRER_TYPES, type Enquiry } from "../domain/enquiry.ts";
import { LIMITS, type EnquiryDraft, type EnquiryStep } from "../domain/enquiry-dialogue.ts";
import { TOPICS } from "../domain/knowledge-base.ts";
import { LANGUAGES } from "../domain/languages.ts";
import { enquiryData } from "./callback-data.ts";
import { count, type Translate } from "./dates.ts";
import { displayName, escapeHtml, withoutDirectionControls } from "./html.ts";


export interface StepView {
  text: string;
  keyboard: InlineKeyboard;
}

function withNavigation(keyboard: InlineKeyboard, t: Translate, draft: EnquiryDraft): InlineKeyboard {
  keyboard.row();
  if (draft.previous.length > 0) keyboard.text(t("enquiry-back"), enquiryData.back(draft.step));
  return keyboard.text(t("enquiry-cancel"), enquiryData.cancel);
}

function contactText(draft: Pick<EnquiryDraft, "contact">, t: Translate): string {
  const contact = draft.contact;
  if (!contact || contact.channel === "telegram") return t("enquiry-contact-telegram");
  return displayName(contact.channel === "email" ? contact.address : contact.number);
}

/** The summary of a draft or an enquiry: every answer, escaped. */
export function summaryLines(enquiry: Partial<Enquiry> & Pick<EnquiryDraft, "attachments">, t: Translate, districtless = t("enquiry-summary-no-district")): string[] {
  const lines = [
    `<b>${t("enquiry-summary-type")}:</b> ${enquiry.type ? t(`enquiry-type-${enquiry.type}`) : "–"}`,
    `<b>${t("enquiry-summary-topic")}:</b> ${enquiry.topic ? t(enquiry.topic === "other" ? "enquiry-topic-other" : `topic-${enquiry.topic}`) : "–"}`,
  ];
  if (enquiry.type === "company") {
    lines.push(`<b>${t("enquiry-summary-company")}:</b> ${displayName(enquiry.companyName ?? "")}`);
    lines.push(`<b>${t("enquiry-summary-cooperation")}:</b> ${escapeHtml(withoutDirectionControls(enquiry.cooperation ?? ""))}`);
  }
  lines.push(`<b>${t("enquiry-summary-district")}:</b> ${enquiry.district ? escapeHtml(enquiry.district) : districtless}`);
  lines.push(`<b>${t("enquiry-summary-language")}:</b> ${enquiry.language ? t(`language-name-${enquiry.language}`) : "–"}`);
  lines.push(`<b>${t("enquiry-summary-contact")}:</b> ${contactText(enquiry, t)}`);
  lines.push(`<b>${t("enquiry-summary-question")}:</b>\n${escapeHtml(withoutDirectionControls(enquiry.question ?? ""))}`);
  if (enquiry.attachments.length > 0) lines.push(`<b>${t("enquiry-summary-attachments")}:</b> ${enquiry.attachments.length}`);
  return lines;
}

/** What the bot shows at a step: the question and its buttons. */
export function stepView(draft: EnquiryDraft, t: Translate, districts: readonly string[], retentionDays: number): StepView {
  const keyboard = new InlineKeyboard();
  const choice = (label: string, value: string) => keyboard.text(label, enquiryData.choice(draft.step, value));
  switch (draft.step) {
    case "type":
      for (const type of ENQUIRER_TYPES) choice(t(`enquiry-type-${type}`), type).row();
      return { text: t("enquiry-step-type"), keyboard: withNavigation(keyboard, t, draft) };
    case "topic":
      for (const topic of TOPICS) choice(t(`topic-${topic}`), topic).row();
      choice(t("enquiry-topic-other"), "other");
      return { text: t("enquiry-step-topic"), keyboard: withNavigation(keyboard, t, draft) };
    case "company":
      return { text: t("enquiry-step-company"), keyboard: withNavigation(keyboard, t, draft) };
    case "cooperation":
      return { text: t("enquiry-step-cooperation"), keyboard: withNavigation(keyboard, t, draft) };
    case "district":
      districts.forEach((district, index) => {
        choice(district, String(index));
        if (index % 3 === 2) keyboard.row();
      });
      keyboard.row();
      choice(t("enquiry-district-skip"), "skip");
      return { text: t("enquiry-step-district"), keyboard: withNavigation(keyboard, t, draft) };
    case "language":
      LANGUAGES.forEach((language, index) => {
        choice(t(`language-name-${language}`), language);
        if (index % 2 === 1) keyboard.row();
      });
      return { text: t("enquiry-step-language"), keyboard: withNavigation(keyboard, t, draft) };
    case "contact":
      choice(t("enquiry-contact-telegram"), "telegram").row();
      choice(t("enquiry-contact-email"), "email").row();
      choice(t("enquiry-contact-phone"), "phone");
      return { text: t("enquiry-step-contact"), keyboard: withNavigation(keyboard, t, draft) };
    case "contact-detail":
      return { text: t(draft.pendingChannel === "email" ? "enquiry-step-contact-email" : "enquiry-step-contact-phone"), keyboard: withNavigation(keyboard, t, draft) };
    case "question": {
      let text = t("enquiry-step-question", { max: count(LIMITS.questionLength) });
      if (draft.question) {
        text += `\n\n${t("enquiry-step-question-carried")}\n<i>${escapeHtml(draft.question)}</i>`;
        choice(t("enquiry-question-keep"), "keep");
      }
      return { text, keyboard: withNavigation(keyboard, t, draft) };
    }
    case "consent":
      choice(t("enquiry-consent-yes"), "yes");
      return { text: t("enquiry-step-consent", { days: count(retentionDays) }), keyboard: withNavigation(keyboard, t, draft) };
    case "summary":
      keyboard.text(t("enquiry-send"), enquiryData.send).row().text(t("enquiry-correct"), enquiryData.choice("summary", "correct")).row();
      return { text: [t("enquiry-step-summary"), ...summaryLines(draft, t)].join("\n"), keyboard: withNavigation(keyboard, t, draft) };
  }
}

/** The answers a person can go back to from the summary. */
export function correctionView(draft: EnquiryDraft, t: Translate): StepView {
  const fields: [EnquiryStep, string][] = [
    ["type", "enquiry-summary-type"],
    ["topic", "enquiry-summary-topic"],
    ...(draft.type === "company" ? ([["company", "enquiry-summary-company"], ["cooperation", "enquiry-summary-cooperation"]] as [EnquiryStep, string][]) : []),
    ["district", "enquiry-summary-district"],
    ["language", "enquiry-summary-language"],
    ["contact", "enquiry-summary-contact"],
    ["question", "enquiry-summary-question"],
  ];
  const keyboard = new InlineKeyboard();
  for (const [field, label] of fields) keyboard.text(t(label), enquiryData.correct(field)).row();
  // Back to the summary as it is: choosing nothing to change changes nothing.
  keyboard.text(t("enquiry-back"), enquiryData.choice("summary", "show"));
  return { text: t("enquiry-correct-choose"), keyboard };
}
