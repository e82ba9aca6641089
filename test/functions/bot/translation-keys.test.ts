import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { MENU_COMMANDS } from "../../../functions/bot/commands.ts";
import { localesDirectory } from "../../../functions/bot/i18n.ts";
import { AUDIENCES } from "../../../functions/domain/audiences.ts";
import { ENQUIRER_TYPES, ENQUIRY_STATUSES } from "../../../functions/domain/enquiry.ts";
import { TOPICS } from "../../../functions/domain/knowledge-base.ts";
import { LANGUAGES } from "../../../functions/domain/languages.ts";

/**
 * Reads the code's translation calls and compares them with `locales/`: `ctx.t("key")`,
 * `t("key")`, `i18n.t(language, "key")` and local helpers around `i18n.t`, with keys written
 * out, chosen by a condition, held in a constant, or built from a template.
 */

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const SOURCE_FOLDERS = ["functions", "scripts", "dev", "bench"];

/**
 * The values a template key is built from, by the text before `${…}`. A new template in the code
 * fails the test until its values are listed here.
 */
const TEMPLATE_VALUES: Record<string, readonly (string | number)[]> = {
  "audience-": AUDIENCES,
  "audience-intro-": AUDIENCES,
  "command-": MENU_COMMANDS,
  "topic-": TOPICS,
  "language-name-": LANGUAGES,
  "enquiry-type-": ENQUIRER_TYPES,
  "my-status-": ENQUIRY_STATUSES,
  // The buttons on an enquiry's card (cardPattern in functions/bot).
  "card-": ["take", "answered", "close", "reopen"],
  // An enquiry is erased at the person's wish or when its retention ends (ErasureReason).
  "erased-reason-": ["person", "retention"],
  // DirectoryEntry["kind"].
  "directory-kind-": ["friend-circle", "initiative"],
  // Why an answer in the enquiry dialogue was not taken (InputError).
  "enquiry-hint-": ["empty", "too-long", "invalid-email", "invalid-phone", "use-buttons", "unsupported-media", "too-many-attachments"],
  // The events of an enquiry's history the person sees: notes are for coordinators only.
  "my-event-": ["created", "message-from-enquirer", "message-from-coordinator", "status-changed"],
  "month-": Array.from({ length: 12 }, (_, index) => index + 1),
  // ISO weekdays of the office schedule (functions/bot/office-hours.ts).
  "weekday-": Array.from({ length: 7 }, (_, index) => index + 1),
};

/** Who reads the text: the person in their language, the coordinators in German, or either (a `t` handed in). */
type Reader = "person" | "coordinators" | "either";

interface KeyUse {
  key: string;
  reader: Reader;
  where: string;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === "node_modules" ? [] : sourceFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

const unwrap = (node: ts.Expression): ts.Expression =>
  ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isNonNullExpression(node) ? unwrap(node.expression) : node;

/** Whether `i18n.t(…)` (or `deps.i18n.t(…)`) is called. */
const isI18nT = (callee: ts.Expression) =>
  ts.isPropertyAccessExpression(callee) && callee.name.text === "t" && /(^|\.)i18n$/.test(callee.expression.getText());

/** Reads every translation call of one file. */
function keyUsesIn(path: string): { uses: KeyUse[]; unresolved: string[] } {
  const file = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
  const where = (node: ts.Node) => `${relative(ROOT, path)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const uses: KeyUse[] = [];
  const unresolved: string[] = [];

  // Helpers such as `const t = (key: string, …) => i18n.t("de", key, …)`: whom they write for.
  const helpers = new Map<string, Reader>();
  const helperBodies = new Set<ts.Node>();
  const declarations = new Map<string, ts.Node[]>();
  const collect = (node: ts.Node): void => {
    if ((ts.isVariableDeclaration(node) || ts.isBindingElement(node)) && ts.isIdentifier(node.name)) {
      declarations.set(node.name.text, [...(declarations.get(node.name.text) ?? []), node]);
    }
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && ts.isArrowFunction(node.initializer)) {
      const body = node.initializer.body;
      const parameter = node.initializer.parameters[0]?.name;
      if (ts.isCallExpression(body) && isI18nT(body.expression) && parameter && ts.isIdentifier(parameter)) {
        const [language, key] = body.arguments;
        if (key && ts.isIdentifier(key) && key.text === parameter.text) {
          helpers.set(node.name.text, language && ts.isStringLiteral(language) && language.text === "de" ? "coordinators" : "person");
          helperBodies.add(body);
        }
      }
    }
    ts.forEachChild(node, collect);
  };
  collect(file);

  /** The keys an expression can be, or undefined when the test cannot tell. */
  const resolve = (expression: ts.Expression, depth = 0): string[] | undefined => {
    const node = unwrap(expression);
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
    if (ts.isConditionalExpression(node)) {
      const [whenTrue, whenFalse] = [resolve(node.whenTrue, depth), resolve(node.whenFalse, depth)];
      return whenTrue && whenFalse ? [...whenTrue, ...whenFalse] : undefined;
    }
    if (ts.isTemplateExpression(node) && node.templateSpans.length === 1 && node.templateSpans[0]!.literal.text === "") {
      return TEMPLATE_VALUES[node.head.text]?.map((value) => `${node.head.text}${value}`);
    }
    if (ts.isIdentifier(node) && depth < 3) {
      const found = (declarations.get(node.text) ?? []).map((declaration) => resolveDeclaration(declaration, depth + 1));
      return found.length > 0 && found.every(Boolean) ? found.flatMap((keys) => keys!) : undefined;
    }
    return undefined;
  };

  /** `const reply = … ? "a" : "b"`, or `label` in `for (const [field, label] of fields)`. */
  const resolveDeclaration = (declaration: ts.Node, depth: number): string[] | undefined => {
    if (ts.isVariableDeclaration(declaration)) return declaration.initializer ? resolve(declaration.initializer, depth) : undefined;
    if (!ts.isBindingElement(declaration) || !ts.isArrayBindingPattern(declaration.parent)) return undefined;
    const position = declaration.parent.elements.indexOf(declaration);
    const loop = declaration.parent.parent.parent.parent;
    if (!ts.isForOfStatement(loop) || !ts.isIdentifier(loop.expression)) return undefined;
    const list = declarations.get(loop.expression.text)?.[0];
    if (!list || !ts.isVariableDeclaration(list) || !list.initializer) return undefined;
    const tuples = (expression: ts.Expression): ts.Expression[] | undefined => {
      const node = unwrap(expression);
      if (ts.isConditionalExpression(node)) {
        const [whenTrue, whenFalse] = [tuples(node.whenTrue), tuples(node.whenFalse)];
        return whenTrue && whenFalse ? [...whenTrue, ...whenFalse] : undefined;
      }
      if (!ts.isArrayLiteralExpression(node)) return undefined;
      const elements: ts.Expression[] = [];
      for (const element of node.elements) {
        if (ts.isSpreadElement(element)) {
          const spread = tuples(element.expression);
          if (!spread) return undefined;
          elements.push(...spread);
        } else elements.push(element);
      }
      return elements;
    };
    const keys = tuples(list.initializer)?.map((tuple) => {
      const node = unwrap(tuple);
      const element = ts.isArrayLiteralExpression(node) ? node.elements[position] : undefined;
      return element ? resolve(element, depth) : undefined;
    });
    return keys?.every(Boolean) ? keys.flatMap((found) => found!) : undefined;
  };

  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && !helperBodies.has(node)) {
      const callee = node.expression;
      let reader: Reader | undefined;
      let key: ts.Expression | undefined;
      if (isI18nT(callee)) {
        const [language] = node.arguments;
        reader = language && ts.isStringLiteral(language) && language.text === "de" ? "coordinators" : "person";
        key = node.arguments[1];
      } else if (ts.isPropertyAccessExpression(callee) && callee.name.text === "t") {
        // grammY's `ctx.t` speaks the person's language; `tools.t` is whatever the tools were given.
        reader = /(^|\.)ctx$/.test(callee.expression.getText()) ? "person" : "either";
        key = node.arguments[0];
      } else if (ts.isIdentifier(callee) && (helpers.has(callee.text) || callee.text === "t")) {
        reader = helpers.get(callee.text) ?? "either";
        key = node.arguments[0];
      }
      if (reader && key) {
        const keys = resolve(key);
        if (keys) uses.push(...keys.map((found) => ({ key: found, reader: reader!, where: where(node) })));
        else unresolved.push(`${where(node)}: ${node.getText().slice(0, 100)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { uses, unresolved };
}

const found = SOURCE_FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder))).map(keyUsesIn);
const uses = found.flatMap((result) => result.uses);
const unresolved = found.flatMap((result) => result.unresolved);

/** The message ids of `locales/<file>.ftl`: Fluent identifiers at the start of a line (terms start with "-"). */
const idsByFile = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsByFile.get(file);
  if (!ids) {
    const source = readFileSync(join(localesDirectory(), `${file}.ftl`), "utf8");
    ids = new Set([...source.matchAll(/^([a-zA-Z][a-zA-Z0-9_-]*)[ \t]*=/gm)].map((match) => match[1]!));
    idsByFile.set(file, ids);
  }
  return ids;
}
const PERSON_FILES = LANGUAGES.map((language) => language as string);
const COORDINATOR_FILE = "de.coordinators";
const inGerman = (key: string) => idsOf("de").has(key) || idsOf(COORDINATOR_FILE).has(key);

describe("the translation keys the code uses", () => {
  it("can all be told from the code: a key held elsewhere needs its values listed in this test", () => {
    expect(uses.length).toBeGreaterThan(100);
    expect(unresolved).toEqual([]);
  });

  it.each(PERSON_FILES)("exist in %s.ftl wherever a person reads them in their language", (language) => {
    const missing = uses.filter((use) => use.reader === "person" && !idsOf(language).has(use.key)).map((use) => `${use.key} (${use.where})`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it("exist in German where the coordinators read them, or where the caller picks the language", () => {
    const missing = uses.filter((use) => use.reader !== "person" && !inGerman(use.key)).map((use) => `${use.key} (${use.where})`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it("that only coordinators read are kept in de.coordinators.ftl, where nobody translates them", () => {
    const people = new Set(uses.filter((use) => use.reader !== "coordinators").map((use) => use.key));
    const coordinatorsOnly = new Set(uses.filter((use) => !people.has(use.key)).map((use) => use.key));
    expect([...coordinatorsOnly].filter((key) => !idsOf(COORDINATOR_FILE).has(key))).toEqual([]);
  });
});

describe("the messages in locales/", () => {
  it.each([...PERSON_FILES, COORDINATOR_FILE])("in %s.ftl are all used by the code", (file) => {
    const used = new Set(uses.map((use) => use.key));
    expect([...idsOf(file)].filter((id) => !used.has(id))).toEqual([]);
  });

  it("for coordinators only are not also among the texts translated for people", () => {
    expect([...idsOf(COORDINATOR_FILE)].filter((id) => idsOf("de").has(id))).toEqual([]);
  });
});

