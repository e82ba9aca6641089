// zod/mini: the webhook validates what it reads (see knowledge-base.ts).
import * as z from "zod/mini";

/** A friend circle or initiative as the office lists it: public information about groups, not about people. */
export interface DirectoryEntry {
  kind: "friend-circle" | "initiative";
  name: string;
  /** One or more of the city's districts. */
  districts: string[];
  focus: string;
  /** How the group can be reached, as the group publishes it. */
  contact: string;
  /** An https page of the group, if it has one. */
  link?: string;
  /** When the information was true: `YYYY-MM` or `YYYY-MM-DD`. */
  asOf: string;
}

export const districtsSchema = z.object({ districts: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)) });

/** One problem in an import file, by line, so that an operator can fix the file. */
export interface DirectoryRowProblem {
  line: number;
  message: string;
}

export type DirectoryImport = { ok: true; entries: DirectoryEntry[] } | { ok: false; problems: DirectoryRowProblem[] };

/** The columns of an import file; `districts` separated by semicolons. */
export const DIRECTORY_COLUMNS = ["kind", "name", "districts", "focus", "contact", "link", "as_of"] as const;
export type DirectoryRow = Partial<Record<(typeof DIRECTORY_COLUMNS)[number], string>>;

const KINDS = new Set(["friend-circle", "initiative"]);
const MAX_TEXT = 300;

function isHttps(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname.includes(".") && !/\s/.test(value);
  } catch {
    return false;
  }
}

/**
 * Checks every row of an import and returns either all entries or every problem: a file with
 * one broken row is not imported at all, so the bot never shows half a directory.
 * `firstLine` is the file line of the first row (2 when the file has a header line).
 */
export function validateDirectoryRows(rows: readonly DirectoryRow[], knownDistricts: readonly string[], firstLine = 2): DirectoryImport {
  const districtByName = new Map(knownDistricts.map((district) => [district.toLocaleLowerCase("de"), district]));
  const problems: DirectoryRowProblem[] = [];
  const entries: DirectoryEntry[] = [];
  const seen = new Set<string>();

  rows.forEach((row, index) => {
    const line = firstLine + index;
    const problem = (message: string) => problems.push({ line, message });
    const value = (column: (typeof DIRECTORY_COLUMNS)[number]) => (row[column] ?? "").trim();

    const kind = value("kind");
    if (!KINDS.has(kind)) problem(`kind must be friend-circle or initiative, not "${kind}"`);
    const name = value("name");
    if (!name) problem("name is empty");
    for (const column of ["name", "focus", "contact"] as const) {
      if (value(column).length > MAX_TEXT) problem(`${column} is longer than ${MAX_TEXT} characters`);
    }
    const districts: string[] = [];
    for (const part of value("districts").split(";").map((district) => district.trim()).filter(Boolean)) {
      const known = districtByName.get(part.toLocaleLowerCase("de"));
      if (known) districts.push(known);
      else problem(`"${part}" is not one of Stuttgart's districts`);
    }
    if (districts.length === 0 && value("districts") === "") problem("districts is empty");
    if (!value("focus")) problem("focus is empty");
    if (!value("contact")) problem("contact is empty");
    const link = value("link");
    if (link && !isHttps(link)) problem(`link "${link}" is not an https address`);
    const asOf = value("as_of");
    if (!/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/.test(asOf)) problem(`as_of "${asOf}" is not YYYY-MM or YYYY-MM-DD`);
    const key = `${kind}#${name.toLocaleLowerCase("de")}`;
    if (name && seen.has(key)) problem(`"${name}" is listed twice`);
    seen.add(key);

    if (problems.length === 0 || problems.at(-1)!.line !== line) {
      entries.push({ kind: kind as DirectoryEntry["kind"], name, districts, focus: value("focus"), contact: value("contact"), ...(link ? { link } : {}), asOf });
    }
  });

  if (rows.length === 0) problems.push({ line: firstLine, message: "the file has no rows" });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, entries };
}

/** Port: the directory as last imported. Replacing it is all-or-nothing. */
export interface DirectoryStore {
  replaceAll(entries: readonly DirectoryEntry[], importedAt: Date): Promise<{ version: string }>;
  /** Undefined when no directory was ever imported. */
  inDistrict(district: string): Promise<DirectoryEntry[] | undefined>;
}
