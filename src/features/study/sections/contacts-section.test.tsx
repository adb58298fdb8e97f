import { describe, expect, test } from "vitest";
import { render, screen, within } from "@testing-library/react";
import type { Study } from "../../../api/types";
import { Providers } from "../../../app/providers";
import { corpus, requireCorpus } from "../../../testing/server";
import { contactsSection } from "./contacts-section";

requireCorpus();
const study = (id: string): Study => corpus.byId(id) ?? {};
const available = (...ids: string[]) => ids.every((id) => corpus.byId(id));
const sponsorOf = (id: string) => study(id).protocolSection?.sponsorCollaboratorsModule?.leadSponsor?.name ?? "";

function renderSection(id: string) {
  return render(
    <Providers>
      <contactsSection.Component study={study(id)} />
    </Providers>,
  );
}

describe.skipIf(!available("NCT06223893", "NCT02513394", "NCT01943214", "NCT01213277"))("contacts section", () => {
  test("spec: always there, so the reader always learns whom to ask", () => {
    expect(contactsSection).toMatchObject({ id: "contacts", title: "Whom to contact" });
    expect(contactsSection.has(study("NCT01213277"))).toBe(true);
  });

  test("central contact with phone extension and email, and the officials (NCT06223893)", () => {
    const module = study("NCT06223893").protocolSection?.contactsLocationsModule;
    const contact = module?.centralContacts?.[0];
    const official = module?.overallOfficials?.[0];
    renderSection("NCT06223893");
    expect(screen.getByText(contact?.name ?? "?")).toBeTruthy();
    const phone = screen.getByRole("link", { name: `Phone: ${contact?.phone}, ext. ${contact?.phoneExt}` });
    expect(phone.getAttribute("href")).toBe(`tel:${contact?.phone?.replace(/\D/g, "")};ext=${contact?.phoneExt}`);
    expect(screen.getByRole("link", { name: `Email: ${contact?.email}` }).getAttribute("href")).toBe(`mailto:${contact?.email}`);
    const officials = screen.getByRole("heading", { level: 3, name: "Study officials" });
    expect(officials).toBeTruthy();
    const item = screen.getByText(official?.name ?? "?").closest("li");
    expect(item?.textContent).toBe(`${official?.name}, Study chair${official?.affiliation}`);
  });

  test("no contacts anywhere: says so, points to the sites and the sponsor (NCT02513394)", () => {
    const officials = study("NCT02513394").protocolSection?.contactsLocationsModule?.overallOfficials ?? [];
    const { container } = renderSection("NCT02513394");
    expect(container.textContent).toContain("The record names no contact for the whole study, and its sites list none either.");
    // The sponsor's name ends the sentence with its own full stop ("…, LLC."), not with a second one.
    const sponsor = sponsorOf("NCT02513394");
    expect(container.textContent).toContain(`or the lead sponsor, ${sponsor}${sponsor.endsWith(".") ? "" : "."}`);
    expect(container.textContent).not.toMatch(/(?<!\.)\.\.(?!\.)/);
    expect(screen.getByRole("link", { name: "Where the study runs" }).getAttribute("href")).toBe("#locations");
    const list = screen.getByRole("heading", { name: "Study officials" }).parentElement!;
    expect(within(list).getAllByText(/Principal investigator/)).toHaveLength(
      officials.filter((o) => o.role === "PRINCIPAL_INVESTIGATOR").length,
    );
    expect(screen.queryByRole("link", { name: /Phone|Email/ })).toBeNull();
  });

  test("no central contact but site contacts (NCT01943214)", () => {
    const { container } = renderSection("NCT01943214");
    expect(container.textContent).toContain("The record names no contact for the whole study. The site lists its own contacts under Where the study runs.");
  });

  test("no contacts and no sites (NCT01213277)", () => {
    const { container } = renderSection("NCT01213277");
    const sponsor = sponsorOf("NCT01213277");
    expect(container.textContent).toContain(`lists no sites. The lead sponsor is ${sponsor}${sponsor.endsWith(".") ? "" : "."}`);
    expect(screen.queryByRole("heading", { name: "Study officials" })).toBeNull();
  });
});

// Every real record, as it is and with its contacts (and then its sites) taken away, so that each one's
// lead sponsor ends a sentence: no "…LLC.." (NCT02513394), whatever the name ends with.
describe.skipIf(corpus.studies.length === 0)(`contacts section over the real corpus (${corpus.studies.length} records)`, () => {
  const DOUBLED = /(?<!\.)\.\.(?!\.)|[?!]\.(?!\.)/g; // "..", "?." or "!.", but not an ellipsis "..."
  const doubled = (text: string) => text.match(DOUBLED)?.length ?? 0;

  test("no sentence ends in a doubled full stop that the record itself does not have", () => {
    let sponsorSentences = 0;
    for (const real of corpus.studies) {
      const module = real.protocolSection?.contactsLocationsModule;
      const noContacts = { ...module, centralContacts: [], locations: (module?.locations ?? []).map((site) => ({ ...site, contacts: [] })) };
      const variants: Study[] = [
        real,
        { ...real, protocolSection: { ...real.protocolSection, contactsLocationsModule: noContacts } },
        { ...real, protocolSection: { ...real.protocolSection, contactsLocationsModule: { ...noContacts, locations: [] } } },
      ];
      for (const variant of variants) {
        const { container, unmount } = render(
          <Providers>
            <contactsSection.Component study={variant} />
          </Providers>,
        );
        const text = container.textContent ?? "";
        if (text.includes("lead sponsor")) sponsorSentences += 1;
        expect(doubled(text), `${real.protocolSection?.identificationModule?.nctId}: ${text.match(/.{0,40}(?<!\.)\.\.(?!\.)/)?.[0]}`).toBeLessThanOrEqual(
          doubled(JSON.stringify(variant.protocolSection?.contactsLocationsModule ?? {})),
        );
        unmount();
      }
    }
    expect(sponsorSentences).toBeGreaterThan(corpus.studies.length); // the sponsor sentence was really built
  }, 120_000);
});
