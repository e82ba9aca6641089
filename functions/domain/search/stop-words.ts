import type { Language } from "../languages.ts";

/**
 * Words that carry no topic, beyond the `stopword` package's lists: how people really write to a
 * bot (colloquial forms, Dari, "I would like to", "please", Latin-script Persian and Arabic).
 * A filler word left in a question dilutes it; one that happens to occur in a single entry's
 * text makes that entry look like the answer ("is it going to rain" → "go" → accompaniment).
 * Spelled as the analyzers normalise words, before stemming.
 */
/** What is left of a web address in running text ("fluechtlinge.stuttgart.de"). */
const WEB_ADDRESS_PARTS = ["de", "com", "org", "net", "eu", "www", "http", "https", "html", "htm", "php"];

const extra: Record<Language, string[]> = {
  de: [
    "gibts", "gibt's", "gerne", "gern", "mal", "bitte", "eigentlich", "irgendwie", "sowas", "etwas", "was", "jemand",
    "jemanden", "ja", "nein", "ok", "okay", "hallo", "hi", "hey", "moin", "servus", "möchte", "möchten",
    "würde", "würden", "könnte", "könnten", "kann", "können", "konnt", "soll", "sollte", "muss", "müssen", "darf",
    "dürfen", "will", "wollen", "mag", "geht", "gehen", "machen", "mache", "macht", "tun", "finde", "finden",
    "bekomme", "bekommen", "kriege", "kriegen", "brauchte", "gibt", "geben", "wissen", "weiß", "sagen",
    "mir", "mich", "uns", "euch", "ihr", "wer", "wie", "wo", "wann", "warum", "welche", "welcher", "welches",
    "läuft", "ablaufen", "funktioniert", "funktionieren", "klappt",
  ],
  en: [
    "go", "going", "goes", "want", "wanna", "gonna", "please", "pls", "hi", "hello", "hey", "ok", "okay",
    "yes", "no", "just", "really", "actually", "kind", "sort", "something", "anything", "someone", "somebody",
    "anyone", "anybody", "thing", "things", "stuff", "know", "tell", "find", "give", "let", "ll", "ve", "re",
    "d", "m", "s", "t", "im", "id", "dont", "cant", "i'm", "there's", "also", "does", "doing", "will", "shall",
    "may", "bit", "lot", "lots", "maybe", "perhaps", "whom",
  ],
  ar: [
    // Levantine, Gulf and Egyptian function words and the most common Arabizi ones.
    "شو", "ايش", "إيش", "شنو", "وش", "ايه", "إيه", "وين", "فين", "مين", "منو", "ليش", "ليه", "امتى", "إمتى", "ايمت",
    "ايمتى", "قديش", "كام", "هون", "هنا", "هناك", "هنيك", "هيك", "كده", "هاد", "هادا", "هاي", "هادي", "هدا", "دا",
    "دي", "هالشي", "شي", "اشي", "حدا", "حد", "واحد", "بدي", "بدك", "بدنا", "بدو", "بدها", "بدكن", "عايز", "عاوز",
    "ابغى", "أبغى", "ابي", "أبي", "اريد", "أريد", "نريد", "يريد", "فيني", "فيك", "فينا", "بقدر", "بنقدر", "اقدر",
    "أقدر", "نقدر", "يقدر", "تقدر", "ممكن", "يمكن", "يمكنني", "يمكنك", "اعرف", "أعرف", "بعرف", "عم", "رح", "راح",
    "بس", "كمان", "برضو", "لسا", "لسه", "هلق", "هلأ", "هلا", "الحين", "دلوقتي", "يعني", "كتير", "كثير", "شوي",
    "شوية", "منشان", "مشان", "عشان", "علشان", "لان", "لأن", "انا", "أنا", "انت", "إنت", "انتي", "انتو", "إنتو",
    "انتم", "احنا", "إحنا", "نحنا", "هو", "هي", "هم", "هن", "عندي", "عنا", "عندنا", "عندك", "عندكم", "معي",
    "الي", "اللي", "يلي", "هل", "لو", "سمحت", "سمحتو", "سمحتي", "رجاء", "الرجاء", "من", "فضلك", "مرحبا", "مرحبًا",
    "اهلا", "أهلا", "سلام", "السلام", "عليكم", "شكرا", "شكرًا", "يعطيك", "العافية", "كيف", "كيفك", "ازاي", "إزاي",
    "اخد", "آخد", "اخذ", "آخذ", "ناخد", "ياخد", "بياخد", "باخد", "يعطي", "يعطيني", "تعطيني", "بتعطيني", "عطيني", "اعطيني",
    "احصل", "أحصل", "نحصل", "بحصل", "يصير", "بصير", "صار",
    "ana", "enta", "inta", "ente", "enti", "ehna", "ne7na", "howa", "heya", "fi", "fe", "fii", "w", "wa", "el",
    "al", "l", "b", "bi", "ma3", "m3", "3la", "3ala", "min", "mn", "men", "shu", "sho", "eh", "esh", "wen", "wein",
    "fein", "meen", "min", "kif", "keef", "izay", "leh", "lesh", "baddi", "badde", "bade", "biddi", "bdi", "3ayez",
    "3awez", "mumkin", "momken", "fini", "feeni", "bi2dar", "ba2dar", "a2dar", "ya3ni", "kteer", "ktir", "marhaba",
    "mar7aba", "salam", "ahlan", "shukran", "shokran", "hal", "law", "ana2", "3and", "3andi", "3ndi", "7ada", "7ad",
  ],
  fa: [
    // Pronouns, particles and question words, in Iranian Persian and Dari.
    "من", "تو", "او", "ما", "شما", "انها", "اونها", "اونا", "ایشان", "وی", "این", "ان", "اون", "اینها", "اینا",
    "همین", "همان", "همون", "یک", "یه", "یگان", "یکی", "هر", "همه", "هیچ", "چند", "چندتا", "خیلی", "زیاد", "بسیار",
    "کمی", "یکم", "هنوز", "دیگر", "دیگه", "فقط", "باز", "حالا", "الان", "اکنون", "فعلا", "وقتی", "همیشه", "هم",
    "را", "رو", "یا", "اگر", "اگه", "ولی", "اما", "که", "چه", "چی", "چیه", "چیست", "چیزی", "چیز", "چرا", "کی",
    "کیست", "کجا", "کجاست", "کجاس", "چطور", "چطوری", "چگونه", "چهطور", "کدام", "کدوم", "کدامیک", "ایا", "مگر",
    "درباره", "مورد", "توی", "داخل", "پیش", "نزد", "بعد", "قبل", "کسی", "کس", "کسانی", "جایی", "دنبال", "پیدا",
    "لطفا", "لطفاً", "خواهش", "خواهشا", "بله", "نه", "اره", "اری", "خیر", "خب", "خوب", "سلام", "درود", "علیکم",
    "ممنون", "مرسی", "تشکر", "سپاس", "جان", "اقا", "اینجا", "انجا", "اونجا", "باید", "نباید", "شاید", "ممکن",
    "تان", "شان", "مان", "ام", "ات", "اش", "ای", "ایم", "اید", "اند", "است", "هست", "نیست", "س",
    "هستم", "هستی", "هستیم", "هستید", "هستند", "هستن", "هستین", "استم", "استی", "استیم", "استید", "استند",
    "نیستم", "نیستی", "نیستیم", "نیستید", "نیستند",
    // Finglish: Persian typed in Latin letters.
    "man", "to", "ma", "shoma", "oo", "u", "in", "un", "ye", "yek", "va", "o", "ba", "az", "be", "dar", "ke", "ki",
    "chi", "che", "chera", "koja", "chetor", "chetori", "chejuri", "aya", "ham", "ro", "ra", "hast", "hastam",
    "hasti", "hastim", "hastid", "astam", "asti", "astim", "astid", "ast", "nist", "mikham", "mikhaham",
    "mikhahim", "mikhaym", "mikhastam", "mitunam", "mitoonam", "mitavanam", "mitanam", "mishe", "mishavad",
    "konam", "konim", "konid", "kone", "kard", "kardan", "konam", "besham", "shavam", "sham", "beshe", "dashte",
    "daram", "darim", "dare", "bedam", "begiram", "peyda", "paida", "donbal", "dombal", "salam", "merci", "mamnun",
    "mamnoon", "lotfan", "khahesh", "baraye", "bara", "tu", "too", "vali", "ama", "agar", "age", "yani", "kheili",
    "khaili", "ino", "uno", "chand", "kasi", "yeki", "kodom", "kodam", "bayad",
  ],
  uk: [
    "шо", "що", "чи", "будь", "ласка", "можна", "можу", "можемо", "може", "хочу", "хочемо", "хоче", "хотів", "хотіла",
    "хотілося", "хотілось", "бажаю", "треба", "потрібно", "підкажіть", "скажіть", "розкажіть", "дайте", "знаю",
    "знати", "дізнатися", "дізнатись", "де", "куди", "хто", "коли", "чому", "як", "який", "яка", "яке", "які", "якій",
    "цьому", "цього", "цей", "ця", "це", "ці", "тут", "там", "теж", "також", "дуже", "просто", "вже", "ще", "є", "ви",
    "вас", "вам", "ваш", "ваша", "ваше", "ваші", "мені", "мене", "мій", "моя", "моє", "мої", "мого", "нам", "нас",
    "наш", "наша", "наше", "наші", "ми", "я", "привіт", "вітаю", "добрий", "день", "дякую", "спасибі", "будласка",
    "щось", "хтось", "когось", "комусь", "якось", "є", "бути", "буде", "був", "була", "були", "було",
  ],
};

/** Persian and Dari verbs whose forms say nothing about a topic: want, can, do, become, give, get, have, be, go, come, say, know, find. */
const PERSIAN_PRESENT_STEMS = ["خواه", "خوا", "خا", "توان", "تون", "تان", "کن", "ش", "شو", "ده", "گیر", "دار", "رو", "ر", "ای", "یا", "باش", "گرد", "دان", "دون", "گوی", "گ", "پرس", "رس"];
const PERSIAN_PAST_STEMS = ["خواست", "توانست", "تونست", "کرد", "شد", "داد", "گرفت", "داشت", "بود", "امد", "رفت", "گفت", "رسید", "دانست"];
const PERSIAN_PERSON_ENDINGS = ["م", "ی", "د", "یم", "ید", "ند", "ه", "ن", "ین"];
const PERSIAN_PARTICIPLE_ENDINGS = ["ه", "هام", "های", "هایم", "هاید", "هاند", "هاست", "هایی"];

function persianVerbForms(): string[] {
  const forms: string[] = [];
  for (const stem of PERSIAN_PRESENT_STEMS) {
    for (const prefix of ["", "می", "نمی", "ب", "ن"]) {
      if (prefix !== "") forms.push(prefix + stem);
      for (const ending of PERSIAN_PERSON_ENDINGS) if (prefix !== "" || stem.length >= 2) forms.push(prefix + stem + ending);
    }
  }
  for (const stem of PERSIAN_PAST_STEMS) {
    for (const prefix of ["", "می", "نمی", "ن"]) {
      forms.push(prefix + stem);
      for (const ending of [...PERSIAN_PERSON_ENDINGS, ...PERSIAN_PARTICIPLE_ENDINGS]) forms.push(prefix + stem + ending);
    }
  }
  return forms;
}

/** Words of the `stopword` lists that are topics here: Arabic حي is "alive" there, "neighbourhood" here. */
export const notStopWords: Partial<Record<Language, readonly string[]>> = { ar: ["حي", "لقاء", "عمل", "سنة", "جميع"] };

/** The extra stop words of a language, before the analyzer normalises them. */
export function extraStopWords(language: Language): readonly string[] {
  return [...WEB_ADDRESS_PARTS, ...extra[language], ...(language === "fa" ? persianVerbForms() : [])];
}
