import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import Holidays from "date-holidays";
import { contentDirectory } from "../functions/content/load-content.ts";

/**
 * `npm run content:holidays`: Baden-Württemberg's public holidays for this year and the next two,
 * from `date-holidays`, into `content/holidays.json`. The webhook reads the file (the library's
 * data for every country would triple its bundle); content:check asks for a run when fewer than
 * twelve months are left.
 */
const version = (createRequire(import.meta.url)("date-holidays/package.json") as { version: string }).version;
const holidays = new Holidays("DE", "BW", { types: ["public"] });
const year = new Date().getUTCFullYear();
const dates = [year, year + 1, year + 2].flatMap((y) => holidays.getHolidays(y).map((holiday) => holiday.date.slice(0, 10)));
const path = join(contentDirectory(process.env.CONTENT_DIR), "holidays.json");
writeFileSync(path, `${JSON.stringify({ source: `date-holidays ${version}, DE-BW, public holidays`, years: [year, year + 1, year + 2], dates }, null, 2)}\n`);
console.log(`Wrote ${dates.length} holidays of ${year}–${year + 2} to ${path}`);
