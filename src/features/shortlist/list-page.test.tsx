import { screen, within } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { formatAgeRange } from "../../lib/ages";
import { renderRoute } from "../../testing/render-route";
import { corpus, recordRequests, requireCorpus } from "../../testing/server";
import { LIST_FIELDS, PRINT_FIELDS } from "./shortlist-fields";
import { studyTitle } from "./study-facts";

// Real records with sites, central contacts and site contacts.
const A = "NCT03944876";
const B = "NCT05989841";
const C = "NCT02782533";
const HOSTILE_NOTE = '<script>alert(1)</script> <b>bold</b> javascript:alert(1) <a href="javascript:alert(2)">x</a>';

const record = (nctId: string) => {
  const study = corpus.byId(nctId);
  if (!study) throw new Error(`${nctId} is not in the corpus`);
  return study;
};
const studyRequests = (urls: string[]) => urls.filter((url) => new URL(url).pathname.endsWith("/studies"));
const paramsOf = (url: string | undefined) => new URL(url ?? "").searchParams;

beforeAll(() => requireCorpus());
afterEach(() => vi.restoreAllMocks());

describe("/list", () => {
  test("one request for all ids; the studies in the link's order; duplicates removed", async () => {
    const requests = recordRequests();
    renderRoute(`/list?ids=${B},${A},${b(B)},${C}`);
    await screen.findByRole("link", { name: studyTitle(record(B)) });
    expect(screen.getByRole("heading", { level: 2, name: "Studies (3)" })).toBeTruthy();
    const titles = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(titles).toEqual([B, A, C].map((id) => studyTitle(record(id))));
    const sent = studyRequests(requests);
    expect(sent).toHaveLength(1);
    expect(paramsOf(sent[0]).get("filter.ids")).toBe(`${B},${A},${C}`);
    expect(paramsOf(sent[0]).get("fields")).toBe(LIST_FIELDS.join(","));
    expect(paramsOf(sent[0]).get("pageSize")).toBe("3");
  });

  test("bad ids are listed in a dismissible note; an id the registry lacks is named", async () => {
    const { user } = renderRoute(`/list?ids=hello,${A},NCT123,NCT99999999`);
    const note = await screen.findByRole("heading", { name: "Part of this link was left out" });
    const box = note.parentElement as HTMLElement;
    expect(within(box).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["hello", "NCT123"]);
    const missing = await screen.findByRole("article", { name: "NCT99999999" });
    expect(within(missing).getByText(/The registry has no study with this number/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByText("Part of this link was left out")).toBeNull();
    expect(screen.getByRole("link", { name: studyTitle(record(A)) })).toBeTruthy();
  });

  test("no ids: says so and sends nothing", async () => {
    const requests = recordRequests();
    renderRoute("/list");
    expect(await screen.findByText("This link does not list any studies.")).toBeTruthy();
    expect(studyRequests(requests)).toEqual([]);
  });

  test("the note is plain text: no script, no HTML element, no link", async () => {
    const { container } = renderRoute(`/list?ids=${A}&note=${encodeURIComponent(HOSTILE_NOTE)}`);
    const heading = await screen.findByRole("heading", { level: 2, name: "Note from the person who shared this list" });
    const section = heading.parentElement as HTMLElement;
    expect(within(section).getByText(HOSTILE_NOTE)).toBeTruthy();
    expect(section.querySelectorAll("script, b, a, [href]")).toHaveLength(0);
    expect(container.querySelectorAll("script, b")).toHaveLength(0);
    expect([...container.querySelectorAll("a")].filter((a) => /^\s*javascript:/i.test(a.getAttribute("href") ?? ""))).toEqual([]);
  });

  test("a note over 500 characters is cut, saying so", async () => {
    renderRoute(`/list?ids=${A}&note=${"n".repeat(600)}`);
    expect(await screen.findByText("n".repeat(500))).toBeTruthy();
    expect(screen.getByText(/only the first 500 are shown/)).toBeTruthy();
  });

  test("Copy link copies the list's absolute, cleaned-up URL and says so", async () => {
    const { user } = renderRoute(`/list?ids=${A.toLowerCase()},junk,${B}`);
    await screen.findByRole("link", { name: studyTitle(record(A)) });
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await user.click(screen.getByRole("button", { name: "Copy link" }));
    expect(writeText).toHaveBeenCalledWith(`http://localhost/list?ids=${A},${B}`);
    expect(screen.getByText("Link copied")).toBeTruthy();
  });

  test("Print this list: one more request with the print fields, one page per study, print() once", async () => {
    const print = vi.spyOn(window, "print").mockImplementation(() => {});
    const requests = recordRequests();
    const { user, container } = renderRoute(`/list?ids=${A},${C}&note=See%20you%20soon&near=42.36,-71.06`);
    await screen.findByRole("link", { name: studyTitle(record(A)) });
    expect(studyRequests(requests)).toHaveLength(1);
    await user.click(screen.getByRole("button", { name: "Print this list" }));
    await vi.waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    const sent = studyRequests(requests);
    expect(sent).toHaveLength(2);
    expect(paramsOf(sent[1]).get("fields")).toBe(PRINT_FIELDS.join(","));
    expect(paramsOf(sent[1]).get("filter.ids")).toBe(`${A},${C}`);

    const pages = [...container.querySelectorAll<HTMLElement>("[data-print-page]")];
    expect(pages).toHaveLength(2);
    for (const page of pages) expect(page.className).toContain("break-after-page");
    const first = pages[0] as HTMLElement;
    const eligibility = record(A).protocolSection?.eligibilityModule;
    expect(first.textContent).toContain("See you soon");
    expect(first.textContent).toContain(`Ages: ${formatAgeRange(eligibility?.minimumAge, eligibility?.maximumAge)}`);
    expect(within(first).getByRole("heading", { name: "Nearest sites" })).toBeTruthy();
    expect(within(first).getByRole("img", { name: `QR code of the page for ${A}` })).toBeTruthy();
    const central = record(A).protocolSection?.contactsLocationsModule?.centralContacts?.[0];
    if (central?.phone) expect(first.textContent).toContain(central.phone);
    if (central?.email) expect(first.textContent).toContain(central.email);

    await user.click(screen.getByRole("button", { name: "Print this list" }));
    await vi.waitFor(() => expect(print).toHaveBeenCalledTimes(2));
    expect(studyRequests(requests)).toHaveLength(2); // the print fields are cached
  });
});

/** The same id as typed by someone else: lower case, with spaces. */
function b(id: string): string {
  return ` ${id.toLowerCase()} `;
}
