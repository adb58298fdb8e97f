import { describe, expect, test } from "vitest";
import { limitNote, listPath, MAX_LIST_IDS, MAX_NOTE_CHARS, parseListParams } from "./list-url";

const parse = (query: string) => parseListParams(new URLSearchParams(query));
const id = (n: number) => `NCT${String(n).padStart(8, "0")}`;

describe("/list parameters", () => {
  test("ids in order, trimmed and upper-cased, duplicates removed", () => {
    const params = parse("ids=NCT02513394,nct00405041, NCT02513394 ,NCT00258583");
    expect(params.ids).toEqual(["NCT02513394", "NCT00405041", "NCT00258583"]);
    expect(params.invalid).toEqual([]);
    expect(params.overLimit).toBe(0);
  });

  test("commas encoded or not, spaces, semicolons and newlines all separate ids", () => {
    expect(parse("ids=NCT02513394%2CNCT00405041").ids).toEqual(["NCT02513394", "NCT00405041"]);
    expect(parse("ids=NCT02513394%0ANCT00405041;NCT00258583+NCT01213277").ids).toHaveLength(4);
  });

  test("bad ids are listed as written (long ones cut), never thrown", () => {
    const long = "x".repeat(200);
    const params = parse(`ids=NCT1234,hello,NCT02513394,<script>,${long},NCT123456789`);
    expect(params.ids).toEqual(["NCT02513394"]);
    expect(params.invalid).toEqual(["NCT1234", "hello", "<script>", `${"x".repeat(40)}…`, "NCT123456789"]);
  });

  test("a long bad id is cut between characters, never inside an emoji", () => {
    const params = parse(`ids=${encodeURIComponent(`x${"😀".repeat(60)}`)}`);
    expect(params.invalid).toEqual([`x${"😀".repeat(39)}…`]);
  });

  test(`at most ${MAX_LIST_IDS} ids; the rest are counted`, () => {
    const ids = Array.from({ length: MAX_LIST_IDS + 3 }, (_, n) => id(n + 1));
    const params = parse(`ids=${ids.join(",")}`);
    expect(params.ids).toEqual(ids.slice(0, MAX_LIST_IDS));
    expect(params.overLimit).toBe(3);
  });

  test("no ids, an empty value or only separators give an empty list", () => {
    for (const query of ["", "ids=", "ids=,,,", "note=hello"]) expect(parse(query).ids).toEqual([]);
  });

  test(`the note is trimmed and cut to ${MAX_NOTE_CHARS} characters, saying so`, () => {
    expect(parse("note=%20%20see%20you%20Tuesday%20").note).toBe("see you Tuesday");
    const long = parse(`note=${"a".repeat(MAX_NOTE_CHARS + 10)}`);
    expect(long.note).toHaveLength(MAX_NOTE_CHARS);
    expect(long.noteCut).toBe(true);
    expect(parse(`note=${"a".repeat(MAX_NOTE_CHARS)}`).noteCut).toBe(false);
    // Code points, so an emoji is never split in half.
    const emoji = limitNote("😀".repeat(MAX_NOTE_CHARS + 1));
    expect([...emoji.note]).toHaveLength(MAX_NOTE_CHARS);
    expect(emoji.note).toBe("😀".repeat(MAX_NOTE_CHARS));
  });

  test("the note is kept as text, whatever it holds", () => {
    const note = '<script>alert(1)</script> <b>bold</b> javascript:alert(1) & "quotes"';
    expect(parse(`note=${encodeURIComponent(note)}`).note).toBe(note);
  });

  test("near takes latitude,longitude only, rounded", () => {
    expect(parse("ids=NCT02513394&near=42.3601,-71.0589").near).toEqual({ lat: 42.36, lon: -71.06 });
    expect(parse("near=02115")).toEqual(expect.objectContaining({ nearIgnored: expect.stringMatching(/latitude,longitude/) }));
    expect(parse("near=02115").near).toBeUndefined();
    expect(parse("near=95,10")).toEqual(expect.objectContaining({ nearIgnored: expect.stringMatching(/latitude/) }));
    expect(parse("near=0,0").near).toBeUndefined();
  });
});

describe("listPath", () => {
  test("readable commas; the note encoded; round trip", () => {
    const note = "Ask about <b>these</b> & call me: 50% sure?\nThanks";
    const path = listPath({ ids: ["NCT02513394", "NCT00405041"], note, near: { lat: 42.36, lon: -71.06 } });
    expect(path).toMatch(/^\/list\?ids=NCT02513394,NCT00405041&note=[^&<> ]+&near=42.36,-71.06$/);
    const back = parse(path.split("?")[1] ?? "");
    expect(back).toMatchObject({ ids: ["NCT02513394", "NCT00405041"], note, near: { lat: 42.36, lon: -71.06 } });
  });

  test(`never more than ${MAX_LIST_IDS} ids, the first ones`, () => {
    const ids = Array.from({ length: MAX_LIST_IDS + 5 }, (_, n) => id(n + 1));
    expect(listPath({ ids })).toBe(`/list?ids=${ids.slice(0, MAX_LIST_IDS).join(",")}`);
  });

  test("a note with a lone surrogate (a broken paste) still makes a link, with U+FFFD in its place", () => {
    const path = listPath({ ids: ["NCT02513394"], note: "see \ud83d you" });
    expect(parse(path.slice("/list?".length)).note).toBe("see \ufffd you");
  });

  test("an empty note is left out", () => {
    expect(listPath({ ids: ["NCT02513394"], note: "   " })).toBe("/list?ids=NCT02513394");
  });
});
