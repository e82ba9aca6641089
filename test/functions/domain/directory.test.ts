import { describe, expect, it } from "vitest";
import { validateDirectoryRows } from "../../../functions/domain/directory.ts";

const districts = ["Mitte", "Nord", "Bad Cannstatt"];
const row = { kind: "friend-circle", name: "Testkreis", districts: "Nord", focus: "Alltag", contact: "kontakt@example.org", link: "https://example.org", as_of: "2026-10" };

describe("validating a directory import", () => {
  it("accepts valid rows and normalises district names to the official spelling", () => {
    const result = validateDirectoryRows([{ ...row, districts: "nord; BAD CANNSTATT" }], districts);
    expect(result).toEqual({ ok: true, entries: [expect.objectContaining({ name: "Testkreis", districts: ["Nord", "Bad Cannstatt"] })] });
  });

  it("reports every problem with its file line and accepts nothing", () => {
    const result = validateDirectoryRows(
      [row, { ...row, name: "Zweiter", kind: "club", districts: "Atlantis", link: "http://example.org", as_of: "Oktober 2026" }, { ...row, name: "", focus: "" }],
      districts,
    );

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { line: 3, message: 'kind must be friend-circle or initiative, not "club"' },
        { line: 3, message: "\"Atlantis\" is not one of Stuttgart's districts" },
        { line: 3, message: 'link "http://example.org" is not an https address' },
        { line: 3, message: 'as_of "Oktober 2026" is not YYYY-MM or YYYY-MM-DD' },
        { line: 4, message: "name is empty" },
        { line: 4, message: "focus is empty" },
      ]),
    );
    expect(result.problems.some((problem) => problem.line === 2)).toBe(false);
  });

  it("refuses the same group twice and an empty file", () => {
    const twice = validateDirectoryRows([row, { ...row, districts: "Mitte" }], districts);
    expect(twice).toMatchObject({ ok: false, problems: [{ line: 3, message: '"Testkreis" is listed twice' }] });
    expect(validateDirectoryRows([], districts)).toMatchObject({ ok: false });
  });
});
