import { afterEach, describe, expect, test } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import type { Study } from "../../../api/types";
import { aboutYou } from "../../../lib/about-you";
import { prescreenSection } from "./prescreen-section";

const study = (eligibilityModule: NonNullable<Study["protocolSection"]>["eligibilityModule"]): Study => ({
  protocolSection: { identificationModule: { nctId: "NCT00000001" }, eligibilityModule },
});
const Section = prescreenSection.Component;
/** The section as the study page renders it: inside the app's router (its questions link is a route). */
const Prescreen = ({ study }: { study: Study }) => (
  <MemoryRouter>
    <Section study={study} />
  </MemoryRouter>
);

afterEach(() => {
  aboutYou.set(undefined);
  sessionStorage.clear();
  localStorage.clear();
});

describe("Could I take part?", () => {
  test("what the visitor enters is held against the record, in words, and kept in this tab only", async () => {
    const user = userEvent.setup();
    render(<Prescreen study={study({ minimumAge: "18 Years", maximumAge: "65 Years", sex: "FEMALE", healthyVolunteers: false })} />);
    expect(screen.queryByRole("list")).toBeNull(); // nothing told, nothing said

    await user.type(screen.getByLabelText("Age in years"), "45");
    await user.click(screen.getByRole("radio", { name: "Male" }));
    await user.click(screen.getByRole("radio", { name: "As a healthy volunteer" }));

    const heading = screen.getByRole("heading", { name: "Something you told us may rule you out" });
    const lines = within(heading.parentElement as HTMLElement).getAllByRole("listitem").map((li) => li.textContent);
    expect(lines).toEqual([
      "✓Fits: Ages 18 to 65 years: you are 45",
      "✗Rules you out: Women only: you said male",
      "✗Rules you out: Does not take healthy volunteers",
    ]);
    expect(screen.getByRole("status").textContent).toBe("Something you told us may rule you out");
    expect(screen.queryByText(/eligible/i)).toBeNull(); // never a decision

    // Kept for this tab only: sessionStorage, never localStorage.
    expect(JSON.parse(sessionStorage.getItem("trial-finder:about-you") ?? "null")).toEqual({ age: 45, sex: "MALE", role: "volunteer" });
    expect(localStorage.length).toBe(0);

    await user.click(screen.getByRole("radio", { name: "Female" }));
    await user.click(screen.getByRole("radio", { name: "As someone who has the condition" }));
    expect(screen.getByRole("heading", { name: "Nothing you told us rules you out" })).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Forget what I entered" }));
    expect(sessionStorage.getItem("trial-finder:about-you")).toBeNull();
    expect((screen.getByLabelText("Age in years") as HTMLInputElement).value).toBe("");
    expect(screen.queryByRole("list")).toBeNull();
  });

  test("a date of birth gives the age; a record without an age range says it can't tell", async () => {
    const user = userEvent.setup();
    render(<Prescreen study={study({ sex: "ALL" })} />);
    await user.type(screen.getByLabelText("or date of birth"), "1981-12-05");
    expect(screen.getByText(/^That makes you \d+\.$/)).toBeTruthy();
    expect(screen.getByText(/^The record gives no age range: ask the study team \(you are \d+\)$/)).toBeTruthy();
  });

  test("a kiosk reset (all storage cleared) leaves nothing behind on the next render", async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Prescreen study={study({ minimumAge: "18 Years" })} />);
    await user.type(screen.getByLabelText("Age in years"), "30");
    sessionStorage.clear();
    rerender(<Prescreen study={study({ minimumAge: "18 Years", maximumAge: "99 Years" })} />);
    expect(screen.queryByRole("list")).toBeNull();
    expect((screen.getByLabelText("Age in years") as HTMLInputElement).value).toBe("");
  });

  test("the section is there when the record has anything to hold the facts against", () => {
    expect(prescreenSection.has(study({ minimumAge: "18 Years" }))).toBe(true);
    expect(prescreenSection.has(study({ eligibilityCriteria: "Inclusion: adults" }))).toBe(true);
    expect(prescreenSection.has(study({}))).toBe(false);
    expect(prescreenSection.has({ protocolSection: {} })).toBe(false);
  });
});

describe("the criteria as a checklist", () => {
  const CRITERIA = [
    "Inclusion Criteria:",
    "",
    "1. Age 18 years or older",
    "2. One of the following:",
    "   * Stage III disease",
    "   * Stage IV disease",
    "",
    "Exclusion Criteria:",
    "",
    "* Prior chemotherapy",
    "* Pregnant or breastfeeding",
  ].join("\n");

  test("every item is a Yes / No / Not sure question; the summary names what may rule the visitor out, never 'eligible'", async () => {
    const user = userEvent.setup();
    render(<Prescreen study={study({ minimumAge: "18 Years", eligibilityCriteria: CRITERIA })} />);
    const groups = await screen.findAllByRole("radiogroup");
    expect(groups.map((g) => g.textContent?.replace(/(Yes|No|Not sure).*$/, "").trim())).toEqual([
      "1. Age 18 years or older",
      "Stage III disease",
      "Stage IV disease",
      "Prior chemotherapy",
      "Pregnant or breastfeeding",
    ]);
    expect(screen.getByText("5 questions from the study's criteria. Answer what you can.")).toBeTruthy();

    const [age, stage3, stage4, chemo, pregnant] = groups as [HTMLElement, HTMLElement, HTMLElement, HTMLElement, HTMLElement];
    await user.click(within(age).getByRole("radio", { name: "Yes" }));
    await user.click(within(stage3).getByRole("radio", { name: "No" })); // one option of two: not ruled out
    await user.click(within(chemo).getByRole("radio", { name: "Not sure" }));
    await user.click(within(pregnant).getByRole("radio", { name: "No" }));
    expect(screen.getByText("Nothing you answered rules you out; 1 question to ask the study team")).toBeTruthy();

    await user.click(within(stage4).getByRole("radio", { name: "No" })); // now no option is met
    await user.click(within(chemo).getByRole("radio", { name: "Yes, this applies to me" }));
    expect(screen.getByText("2 answers may rule you out")).toBeTruthy();
    expect(screen.getByText((_, el) => el?.tagName === "LI" && el.textContent === "You said no to every option of: One of the following:")).toBeTruthy();
    expect(screen.getByText((_, el) => el?.tagName === "LI" && el.textContent === "You said yes to an exclusion: Prior chemotherapy")).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/\beligible\b/i);

    // In this tab only, under the study's id; nothing in localStorage.
    const stored = JSON.parse(sessionStorage.getItem("trial-finder:prescreen:NCT00000001") ?? "{}") as Record<string, string>;
    expect(Object.values(stored).sort()).toEqual(["no", "no", "no", "yes", "yes"]);
    expect(localStorage.length).toBe(0);

    await user.click(screen.getByRole("button", { name: "Clear my answers" }));
    expect(sessionStorage.getItem("trial-finder:prescreen:NCT00000001")).toBeNull();
  });

  test("the summary points to the contacts, and to the sites when the record has any; the criteria's names are explained", async () => {
    const user = userEvent.setup();
    const withSites: Study = {
      protocolSection: {
        identificationModule: { nctId: "NCT00000001" },
        eligibilityModule: { eligibilityCriteria: CRITERIA },
        contactsLocationsModule: { locations: [{ city: "Boston", country: "United States" }] },
      },
    };
    const { unmount } = render(<Prescreen study={withSites} />);
    expect(screen.getByRole("button", { name: /inclusion criteria/ })).toBeTruthy(); // the glossary term
    expect(screen.getByRole("button", { name: /exclusion criteria/ })).toBeTruthy();
    await user.click(within(screen.getAllByRole("radiogroup")[0]!).getByRole("radio", { name: "Not sure" }));
    expect(screen.getByRole("link", { name: "Whom to contact" }).getAttribute("href")).toBe("#contacts");
    expect(screen.getByRole("link", { name: "Where the study runs" }).getAttribute("href")).toBe("#locations");
    unmount();
    render(<Prescreen study={study({ eligibilityCriteria: CRITERIA })} />);
    expect(screen.getByRole("link", { name: "Whom to contact" })).toBeTruthy();
    expect(screen.queryByRole("link", { name: "Where the study runs" })).toBeNull();
  });

  test("criteria that can't be split send the reader to the text, whole", () => {
    render(<Prescreen study={study({ eligibilityCriteria: "Healthy adults who can attend three visits." })} />);
    expect(screen.queryAllByRole("radiogroup")).toHaveLength(0);
    expect(screen.getByText(/can.t be turned into questions here/)).toBeTruthy();
  });
});
