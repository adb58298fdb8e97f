import type { Study } from "../../../api/types";
import type { components } from "../../../api/schema";
import { ExternalLink, httpUrl } from "../../../components/ui/external-link";
import type { SectionSpec } from "./section-spec";
import { FactList, type Fact } from "./fact-list";

type Schemas = components["schemas"];
type Row = Fact;

// AMBIG and UNKNOWN say nothing a reader can use, so they show no kind at all.
const AGENCY: Partial<Record<Schemas["AgencyClass"], string>> = {
  NIH: "NIH (U.S. National Institutes of Health)",
  FED: "U.S. federal agency",
  OTHER_GOV: "Other government",
  INDIV: "Individual",
  INDUSTRY: "Industry",
  NETWORK: "Network",
  OTHER: "Other",
};

const PARTY: Record<Schemas["ResponsiblePartyType"], string> = {
  SPONSOR: "The sponsor",
  PRINCIPAL_INVESTIGATOR: "The principal investigator (the lead researcher)",
  SPONSOR_INVESTIGATOR: "The sponsor-investigator (a researcher who both runs and sponsors the study)",
};

const ID_TYPE: Record<Schemas["SecondaryIdType"], string> = {
  NIH: "U.S. NIH grant number",
  FDA: "U.S. FDA number",
  VA: "U.S. Veterans Affairs number",
  CDC: "U.S. CDC number",
  AHRQ: "U.S. AHRQ grant number",
  SAMHSA: "U.S. SAMHSA grant number",
  OTHER_GRANT: "Other grant or funding number",
  EUDRACT_NUMBER: "EudraCT number (European Union trials register)",
  CTIS: "EU trial number (EU Clinical Trials Information System)",
  REGISTRY: "Number in another trials registry",
  OTHER: "Other number",
};

// One plain sentence per oversight answer the record gives ("" = nothing worth saying).
const FDA = "the U.S. Food and Drug Administration (FDA)";
const OVERSIGHT: { key: keyof Schemas["OversightModule"]; yes: string; no: string }[] = [
  {
    key: "oversightHasDmc",
    yes: "A data monitoring committee, a group of independent experts, checks the results for safety while the study runs.",
    no: "The study has no data monitoring committee.",
  },
  {
    key: "isFdaRegulatedDrug",
    yes: `It studies a drug regulated by ${FDA}.`,
    no: "It does not study a drug regulated by the U.S. FDA.",
  },
  {
    key: "isFdaRegulatedDevice",
    yes: `It studies a medical device regulated by ${FDA}.`,
    no: "It does not study a medical device regulated by the U.S. FDA.",
  },
  {
    key: "isUnapprovedDevice",
    yes: "The device has not yet been approved or cleared by the U.S. FDA.",
    no: "The device has been approved or cleared by the U.S. FDA.",
  },
  {
    key: "isPpsd",
    yes: "It is a study of a device in children that the U.S. FDA required after approval.",
    no: "It is not a study of a device in children required by the U.S. FDA after approval.",
  },
  {
    key: "isUsExport",
    yes: "The product is made in the United States and exported for the study.",
    no: "The product is not exported from the United States for the study.",
  },
  {
    key: "fdaaa801Violation",
    yes: "The U.S. FDA has found that this study broke the U.S. law on registering and reporting trials (FDAAA 801).",
    no: "",
  },
];

const text = (s: string | undefined) => s?.trim() || undefined;

function Organisation({ name, kind }: { name: string | undefined; kind: Schemas["AgencyClass"] | undefined }) {
  const type = kind && AGENCY[kind];
  return (
    <>
      {text(name) ?? <span className="text-muted">Name not stated</span>}
      {type && <span className="text-muted"> · {type}</span>}
    </>
  );
}

function IdValue({ id, type, link, domain }: { id: string; type?: Schemas["SecondaryIdType"]; link?: string; domain?: string }) {
  const href = httpUrl(link);
  const about = [type && ID_TYPE[type], text(domain) && `issued by ${text(domain)}`].filter(Boolean).join(", ");
  return (
    <>
      {href ? <ExternalLink href={href}>{id}</ExternalLink> : <span className="wrap-anywhere">{id}</span>}
      {about && <span className="text-muted"> ({about})</span>}
    </>
  );
}

function rows(study: Study): Row[] {
  const protocol = study.protocolSection;
  const sponsors = protocol?.sponsorCollaboratorsModule;
  const ident = protocol?.identificationModule;
  const out: Row[] = [];
  const lead = sponsors?.leadSponsor;
  if (lead && (text(lead.name) || lead.class)) {
    out.push({ term: "Lead sponsor", body: <Organisation name={lead.name} kind={lead.class} /> });
  }
  const collaborators = (sponsors?.collaborators ?? []).filter((c) => text(c.name));
  if (collaborators.length > 0) {
    out.push({
      term: collaborators.length === 1 ? "Collaborator" : "Collaborators",
      body: (
        <ul className="space-y-1">
          {collaborators.map((c, i) => (
            <li key={i}>
              <Organisation name={c.name} kind={c.class} />
            </li>
          ))}
        </ul>
      ),
    });
  }
  const party = sponsors?.responsibleParty;
  // Older records name the party only in oldNameTitle/oldOrganization.
  const who = [
    party?.investigatorFullName,
    party?.investigatorTitle,
    party?.investigatorAffiliation,
    party?.oldNameTitle,
    party?.oldOrganization,
  ]
    .map(text)
    .filter(Boolean)
    .join(", ");
  if (party?.type || who) {
    const role = party?.type ? PARTY[party.type] : undefined;
    out.push({ term: "Responsible for the record", body: [role, who].filter(Boolean).join(": ") });
  }
  // Usually the lead sponsor itself; only worth a row when it is someone else.
  const org = ident?.organization;
  const orgName = text(org?.fullName)?.toLowerCase();
  const sameAsLead = orgName !== undefined && orgName === text(lead?.name)?.toLowerCase();
  if (org && (text(org.fullName) || org.class) && !sameAsLead) {
    out.push({ term: "Organisation that registered it", body: <Organisation name={org.fullName} kind={org.class} /> });
  }
  const orgId = ident?.orgStudyIdInfo;
  const ownId = text(orgId?.id);
  if (ownId) out.push({ term: "Sponsor's study number", body: <IdValue id={ownId} type={orgId?.type} link={orgId?.link} /> });
  const secondary = (ident?.secondaryIdInfos ?? []).filter((s) => text(s.id));
  if (secondary.length > 0) {
    out.push({
      term: secondary.length === 1 ? "Other study number" : "Other study numbers",
      body: (
        <ul className="space-y-1">
          {secondary.map((s, i) => (
            <li key={i}>
              <IdValue id={text(s.id) ?? ""} type={s.type} link={s.link} domain={s.domain} />
            </li>
          ))}
        </ul>
      ),
    });
  }
  return out;
}

const oversight = (study: Study) => {
  const m = study.protocolSection?.oversightModule;
  return OVERSIGHT.map(({ key, yes, no }) => (m?.[key] === true ? yes : m?.[key] === false ? no : "")).filter(Boolean);
};

function SponsorSection({ study }: { study: Study }) {
  const sentences = oversight(study);
  const facts = rows(study);
  return (
    <>
      {facts.length > 0 && (
        <FactList facts={facts} />
      )}
      {sentences.length > 0 && (
        <>
          <h3 className="text-xl font-semibold">Oversight</h3>
          <ul className="max-w-prose list-disc space-y-1 pl-6">
            {sentences.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export const sponsorSection: SectionSpec = {
  id: "sponsor",
  title: "Who runs the study",
  has: (study) => rows(study).length > 0 || oversight(study).length > 0,
  Component: SponsorSection,
};
