import { describe, expect, test } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { Providers } from "../../../app/providers";
import { corpus, requireCorpus } from "../../../testing/server";
import { armsSection } from "./arms-section";

requireCorpus();
const byId = (id: string) => corpus.byId(id)!;
const module = (id: string) => byId(id).protocolSection?.armsInterventionsModule;

function renderArms(nctId: string) {
  return render(
    <Providers>
      <armsSection.Component study={byId(nctId)} />
    </Providers>,
  );
}

/** The card (list item) whose h4 is `name`, in the arms list or the interventions list (names may repeat). */
function card(kind: "arm" | "intervention", name: string): HTMLElement {
  const list = screen.getByRole("list", { name: kind === "arm" ? /study group/ : /intervention/ });
  return within(list).getByRole("heading", { level: 4, name }).closest("li")!;
}

describe.skipIf(corpus.studies.length === 0)("arms section", () => {
  test("a placebo-controlled crossover (NCT05120609): arm types in words, what each arm receives, who gets what", () => {
    const { armGroups = [], interventions = [] } = module("NCT05120609") ?? {};
    renderArms("NCT05120609");
    expect(screen.getByRole("heading", { level: 3, name: `The ${armGroups.length} study groups (arms)` })).toBeTruthy();
    const placeboArm = armGroups.find((arm) => arm.type === "PLACEBO_COMPARATOR")!;
    const placebo = within(card("arm", placeboArm.label!));
    expect(placebo.getByRole("button", { name: "Placebo comparator" })).toBeTruthy();
    expect(placebo.getByText(/this group gets a placebo/)).toBeTruthy();
    const given = interventions.find((i) => i.armGroupLabels?.includes(placeboArm.label!))!;
    expect(placebo.getByRole("listitem").textContent).toBe(`Device: ${given.name}`);
    const intervention = within(card("intervention", given.name!));
    expect(intervention.getByText(/^Device$/)).toBeTruthy();
    expect(intervention.getByText(/^Given to:/).parentElement?.textContent).toBe(`Given to: ${placeboArm.label}`);
  });

  test("an arm that receives two interventions lists both (NCT01589588)", () => {
    const arm = module("NCT01589588")?.armGroups?.find((a) => (a.interventionNames?.length ?? 0) > 1);
    renderArms("NCT01589588");
    const received = within(card("arm", arm!.label!)).getAllByRole("listitem").map((li) => li.textContent);
    expect(received).toEqual(arm!.interventionNames);
  });

  test("a record with interventions but no arms still shows every intervention (NCT00415220)", () => {
    const { interventions = [] } = module("NCT00415220") ?? {};
    expect(module("NCT00415220")?.armGroups ?? []).toHaveLength(0);
    renderArms("NCT00415220");
    expect(screen.queryByRole("heading", { name: /study group/ })).toBeNull();
    const list = screen.getByRole("list", { name: interventions.length === 1 ? "The intervention" : `The ${interventions.length} interventions` });
    expect(within(list).getAllByRole("heading", { level: 4 }).map((h) => h.textContent)).toEqual(interventions.map((i) => i.name));
    expect(within(list).getByText(/^Procedure$/)).toBeTruthy();
  });

  test("arms without interventions (an observational registry, NCT04939922) show label and description", async () => {
    const { armGroups = [] } = module("NCT04939922") ?? {};
    renderArms("NCT04939922");
    expect(screen.getAllByRole("heading", { level: 4 }).map((h) => h.textContent)).toEqual(armGroups.map((a) => a.label));
    expect(await screen.findByText(armGroups[0]!.description!)).toBeTruthy();
    expect(screen.queryByText("What this group receives")).toBeNull();
  });

  test("descriptions are Markdown and other names are listed (NCT03318939, NCT00405041)", async () => {
    const first = renderArms("NCT03318939");
    const arm = module("NCT03318939")?.armGroups?.[0];
    const bullets = arm?.description?.split("\n").filter((line) => line.startsWith("* ")) ?? [];
    const armCard = within(card("arm", arm!.label!));
    // The first bullet becomes a list item of its own once the lazy Markdown renderer has loaded.
    expect(await armCard.findByText(bullets[0]!.slice(2))).toBeTruthy();
    expect(armCard.getByText(bullets[0]!.slice(2)).tagName).toBe("LI");
    first.unmount();
    const intervention = module("NCT00405041")?.interventions?.find((i) => i.otherNames?.length);
    renderArms("NCT00405041");
    expect(within(card("intervention", intervention!.name!)).getByText(/^Also known as:/).parentElement?.textContent).toBe(
      `Also known as: ${intervention!.otherNames!.join(", ")}`,
    );
  });

  test("a record without arms or interventions has no section", () => {
    expect(armsSection.has({ protocolSection: {} })).toBe(false);
    expect(armsSection.has({ protocolSection: { armsInterventionsModule: { armGroups: [], interventions: [] } } })).toBe(false);
  });
});
