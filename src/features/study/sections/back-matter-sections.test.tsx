import { describe, expect, test } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { Providers } from "../../../app/providers";
import type { Study } from "../../../api/types";
import { formatDateStruct, formatPartialDate } from "../../../lib/dates";
import { statusLabel } from "../../../lib/registry-labels";
import { corpus } from "../../../testing/server";
import type { SectionSpec } from "./section-spec";
import { dataSharingSection } from "./data-sharing-section";
import { datesSection } from "./dates-section";
import { documentKind, documentsSection, formatFileSize, largeDocUrl } from "./documents-section";
import { referencesSection } from "./references-section";
import { httpUrl } from "../../../components/ui/external-link";
import { sponsorSection } from "./sponsor-section";
import { termsSection } from "./terms-section";

const needsCorpus = corpus.studies.length === 0;
const record = (nctId: string): Study => {
  const study = corpus.byId(nctId);
  if (!study) throw new Error(`${nctId} is not in the corpus`);
  return study;
};
const squash = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();
const show = (spec: SectionSpec, study: Study) => {
  expect(spec.has(study)).toBe(true);
  return render(
    <Providers>
      <spec.Component study={study} />
    </Providers>,
  );
};
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** An external link by its visible text (the accessible name adds "(opens in a new tab)"). */
const externalLink = (text: string | undefined) =>
  screen.getByRole("link", { name: new RegExp(`^${escape(text ?? "(missing)")}\\s*\\(opens in a new tab\\)$`) });
/** The text of the <dd> that follows the <dt> named `term`. */
const valueOf = (term: string) => squash(screen.getByText(term, { selector: "dt" }).nextElementSibling?.textContent);

describe.skipIf(needsCorpus)("datesSection", () => {
  test("UNKNOWN record: last known status, partial dates without invented days, freshness", () => {
    const study = record("NCT00399243");
    const s = study.protocolSection?.statusModule;
    show(datesSection, study);
    expect(valueOf("Status")).toMatch(/^Status unknown\./);
    expect(valueOf("Last known status")).toBe(statusLabel(s?.lastKnownStatus));
    expect(valueOf("Study start")).toBe("November 2006"); // {date: "2006-11"}, no type
    expect(valueOf("Primary completion")).toMatch(/^August 2010 \(anticipated\)/);
    expect(valueOf("First submitted")).toBe(formatPartialDate(s?.studyFirstSubmitDate));
    expect(valueOf("Status last verified")).toMatch(/^January 2009 \((about|over|almost) \d+ years ago\)$/);
    expect(valueOf("Last update posted")).toMatch(/^February 2, 2009 \(estimated\) \((about|over|almost) \d+ years ago\)$/);
    expect(screen.getByText(/Old record:/)).toBeTruthy();
  });

  test("actual dates and results dates", () => {
    const study = record("NCT02552212");
    const s = study.protocolSection?.statusModule;
    show(datesSection, study);
    expect(valueOf("Study start")).toBe(formatDateStruct(s?.startDateStruct));
    expect(valueOf("Study start")).toBe("September 2015 (actual)");
    expect(valueOf("Results first posted")).toBe("August 17, 2020 (actual)");
    expect(valueOf("Request to delay results first posted")).toBe(formatDateStruct(s?.dispFirstPostDateStruct));
  });

  test("a suspended study says why it stopped", async () => {
    const study = record("NCT01213277");
    show(datesSection, study);
    expect(await screen.findByText(study.protocolSection?.statusModule?.whyStopped ?? "(missing)")).toBeTruthy();
    expect(valueOf("Status")).toMatch(/^Suspended\./);
  });
});

describe.skipIf(needsCorpus)("documentsSection", () => {
  test("links to the registry's copy, safely, with kind, size and date", () => {
    const study = record("NCT01151631");
    const doc = study.documentSection?.largeDocumentModule?.largeDocs?.[0];
    show(documentsSection, study);
    const link = externalLink(doc?.label);
    expect(link.getAttribute("href")).toBe(`https://cdn.clinicaltrials.gov/large-docs/31/NCT01151631/${doc?.filename}`);
    expect(link.getAttribute("target")).toBe("_blank");
    expect(link.getAttribute("rel")).toBe("noopener noreferrer");
    expect(screen.getByText("(PDF, 905 kB)")).toBeTruthy();
    expect(screen.getByText(`Dated ${formatPartialDate(doc?.date)}; added to the registry October 10, 2018`)).toBeTruthy();
  });

  test("every document gets a link; noSap is noted", () => {
    const study = record("NCT04326231");
    show(documentsSection, study);
    const docs = study.documentSection?.largeDocumentModule?.largeDocs ?? [];
    expect(screen.getAllByRole("link")).toHaveLength(docs.length);
    expect(screen.getByText(/no separate statistical analysis plan/)).toBeTruthy();
  });

  test("helpers: URL-encoded file names, sizes, kinds from the flags", () => {
    expect(largeDocUrl("NCT01151631", "Prot SAP#1.pdf")).toBe(
      "https://cdn.clinicaltrials.gov/large-docs/31/NCT01151631/Prot%20SAP%231.pdf",
    );
    expect(largeDocUrl("NCT123", "a.pdf")).toBeUndefined();
    expect(largeDocUrl("NCT01151631", " ")).toBeUndefined();
    expect(formatFileSize(905430)).toBe("905 kB");
    expect(formatFileSize(1664938)).toBe("1.7 MB");
    expect(formatFileSize(12_500_000)).toBe("13 MB");
    expect(formatFileSize(512)).toBe("512 bytes");
    expect(formatFileSize(undefined)).toBeUndefined();
    expect(documentKind({ hasProtocol: true, hasSap: true })).toBe("Study protocol and statistical analysis plan");
    expect(documentKind({ hasIcf: true })).toBe("Informed consent form");
    expect(documentKind({ label: "  " })).toBe("Study document");
  });

  test("a document without a file is listed without a link", () => {
    const study: Study = {
      protocolSection: { identificationModule: { nctId: "NCT01151631" } },
      documentSection: { largeDocumentModule: { largeDocs: [{ hasSap: true }] } },
    };
    show(documentsSection, study);
    expect(screen.getByText("Statistical analysis plan")).toBeTruthy();
    expect(screen.queryByRole("link")).toBeNull();
  });
});

describe.skipIf(needsCorpus)("referencesSection", () => {
  test("citations grouped by type in words, with PubMed links", () => {
    const study = record("NCT00000410");
    const refs = study.protocolSection?.referencesModule?.references ?? [];
    show(referencesSection, study);
    for (const title of ["Results of this study", "Background reading", "Found by the registry"]) {
      expect(screen.getByRole("heading", { level: 3, name: title })).toBeTruthy();
    }
    const pubmed = screen.getAllByRole("link", { name: /^PubMed \d+/ });
    expect(pubmed.map((a) => a.getAttribute("href"))).toEqual(
      expect.arrayContaining(refs.map((r) => `https://pubmed.ncbi.nlm.nih.gov/${r.pmid}/`)),
    );
    expect(pubmed).toHaveLength(refs.filter((r) => r.pmid).length);
    expect(screen.getByText(refs[0]?.citation ?? "(missing)")).toBeTruthy();
  });

  test("retractions are flagged in words", () => {
    const base = record("NCT00000410");
    const ref = base.protocolSection?.referencesModule?.references?.[0];
    const study: Study = {
      protocolSection: { referencesModule: { references: [{ ...ref, retractions: [{ pmid: "99999999", source: "Spine" }] }] } },
    };
    show(referencesSection, study);
    expect(screen.getByText("Retracted:")).toBeTruthy();
    const notice = screen.getByRole("link", { name: /Retraction notice, PubMed 99999999/ });
    expect(notice.getAttribute("href")).toBe("https://pubmed.ncbi.nlm.nih.gov/99999999/");
  });

  test("see-also links: Markdown label, URL shown, only http(s) linked", async () => {
    const study = record("NCT02552212");
    const link = study.protocolSection?.referencesModule?.seeAlsoLinks?.[0];
    show(referencesSection, study);
    expect(await screen.findByText(link?.label ?? "(missing)")).toBeTruthy();
    const a = externalLink(link?.url);
    expect(a.getAttribute("href")).toBe(httpUrl(link?.url));
  });

  test("unsafe URLs stay plain text", () => {
    const study: Study = {
      protocolSection: {
        referencesModule: { seeAlsoLinks: [{ url: "javascript:alert(1)" }, { url: "ftp://example.org/x" }, { url: "www.example.org" }] },
      },
    };
    show(referencesSection, study);
    expect(screen.queryByRole("link")).toBeNull();
    expect(screen.getByText("javascript:alert(1)")).toBeTruthy();
    expect(screen.getByText("www.example.org")).toBeTruthy();
  });

  test("available participant data: type, id, link and comment", async () => {
    const study = record("NCT04845451");
    const ipd = study.protocolSection?.referencesModule?.availIpds?.[0];
    show(referencesSection, study);
    expect(screen.getByText(`${ipd?.type}: ${ipd?.id}`)).toBeTruthy();
    expect((await screen.findAllByText(ipd?.comment ?? "(missing)")).length).toBeGreaterThan(0);
    expect(screen.getAllByRole("link", { name: /curemymigraine/ }).length).toBeGreaterThan(0);
  });
});

describe.skipIf(needsCorpus)("dataSharingSection", () => {
  test("sharing in words, Markdown statements, info types, where to ask", async () => {
    const study = record("NCT02397473");
    const m = study.protocolSection?.ipdSharingStatementModule;
    show(dataSharingSection, study);
    expect(valueOf("Will data be shared?")).toMatch(/^Yes\. /);
    expect(await screen.findByText(m?.accessCriteria ?? "(missing)")).toBeTruthy();
    expect(await screen.findByText(m?.timeFrame ?? "(missing)")).toBeTruthy();
    const types = screen.getByText("Documents shared with the data", { selector: "dt" }).nextElementSibling as HTMLElement;
    expect(within(types).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Study protocol",
      "Statistical analysis plan",
      "Clinical study report",
    ]);
    expect(screen.getByRole("link", { name: /vivli\.org/ }).getAttribute("href")).toBe(m?.url);
  });

  test("a plain no", () => {
    show(dataSharingSection, record("NCT03731637"));
    expect(valueOf("Will data be shared?")).toMatch(/^No\. /);
  });
});

describe.skipIf(needsCorpus)("sponsorSection", () => {
  test("sponsor, collaborators with their kind, responsible investigator, oversight, study numbers", () => {
    const study = record("NCT03731637");
    const ident = study.protocolSection?.identificationModule;
    const party = study.protocolSection?.sponsorCollaboratorsModule?.responsibleParty;
    show(sponsorSection, study);
    expect(valueOf("Lead sponsor")).toBe("Fred Hutchinson Cancer Center · Other");
    expect(valueOf("Collaborators")).toContain("National Cancer Institute (NCI) · NIH (U.S. National Institutes of Health)");
    expect(valueOf("Responsible for the record")).toBe(
      `The principal investigator (the lead researcher): ${party?.investigatorFullName}, ${party?.investigatorTitle}, ${party?.investigatorAffiliation}`,
    );
    expect(ident?.organization?.fullName).toBe(study.protocolSection?.sponsorCollaboratorsModule?.leadSponsor?.name);
    expect(screen.queryByText("Organisation that registered it")).toBeNull(); // same as the lead sponsor
    expect(valueOf("Sponsor's study number")).toBe(ident?.orgStudyIdInfo?.id);
    const grant = ident?.secondaryIdInfos?.find((s) => s.link);
    const link = externalLink(grant?.id);
    expect(link.getAttribute("href")).toBe(grant?.link);
    expect(valueOf("Other study numbers")).toContain("issued by CTEP Identifier");
    expect(screen.getByText(/A data monitoring committee/)).toBeTruthy();
    expect(screen.getByText("It does not study a drug regulated by the U.S. FDA.")).toBeTruthy();
  });

  test("the registering organisation is named when it is not the lead sponsor", () => {
    const study = record("NCT00007696");
    show(sponsorSection, study);
    expect(valueOf("Organisation that registered it")).toBe(
      `${study.protocolSection?.identificationModule?.organization?.fullName} · U.S. federal agency`,
    );
  });

  test("device oversight and industry sponsor", () => {
    show(sponsorSection, record("NCT04326231"));
    expect(valueOf("Lead sponsor")).toMatch(/· Industry$/);
    expect(screen.getByText("The device has not yet been approved or cleared by the U.S. FDA.")).toBeTruthy();
    expect(screen.getByText("The study has no data monitoring committee.")).toBeTruthy();
  });
});

describe.skipIf(needsCorpus)("termsSection", () => {
  test("MeSH terms, with broader terms in a disclosure", () => {
    const study = corpus.studies.find(
      (s) => (s.derivedSection?.conditionBrowseModule?.meshes?.length ?? 0) > 0 && (s.derivedSection?.conditionBrowseModule?.ancestors?.length ?? 0) > 0,
    );
    if (!study) throw new Error("no record with MeSH terms and ancestors");
    const browse = study.derivedSection?.conditionBrowseModule;
    const { container } = show(termsSection, study);
    const list = screen.getByRole("list", { name: "Conditions" });
    expect(within(list).getByText(browse?.meshes?.[0]?.term ?? "(missing)")).toBeTruthy();
    const details = container.querySelector("details");
    expect(details?.querySelector("summary")?.textContent).toMatch(/^Broader terms \(\d+\)$/);
    expect(details?.textContent).toContain(browse?.ancestors?.[0]?.term);
  });

  test("a record with only miscInfoModule has no terms section", () => {
    expect(termsSection.has(record("NCT06050980"))).toBe(false);
  });
});

describe("sparse records", () => {
  const specs = [sponsorSection, datesSection, referencesSection, documentsSection, dataSharingSection, termsSection];

  test("an empty record has none of these sections", () => {
    for (const spec of specs) expect(spec.has({}), spec.id).toBe(false);
  });

  test("blank strings and empty lists count as nothing", () => {
    const study: Study = {
      protocolSection: {
        identificationModule: { orgStudyIdInfo: { id: " " }, secondaryIdInfos: [] },
        sponsorCollaboratorsModule: { leadSponsor: { name: "  " }, collaborators: [{ name: "" }] },
        referencesModule: { references: [{ citation: " ", pmid: "x" }], seeAlsoLinks: [{}], availIpds: [{ comment: "\n" }] },
        ipdSharingStatementModule: { description: "  " },
      },
      documentSection: { largeDocumentModule: { largeDocs: [{ size: 10 }] } },
      derivedSection: { conditionBrowseModule: { meshes: [{ id: "D1", term: " " }] } },
    };
    for (const spec of specs) expect(spec.has(study), spec.id).toBe(false);
  });

  test("oversight alone makes a sponsor section, with no empty list of facts", () => {
    const { container } = show(sponsorSection, { protocolSection: { oversightModule: { isFdaRegulatedDrug: true } } });
    expect(container.querySelector("dl")).toBeNull();
    expect(screen.getByText(/It studies a drug regulated by the U.S. Food and Drug Administration/)).toBeTruthy();
  });
});
