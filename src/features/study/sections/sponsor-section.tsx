import { plural, t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import type { Study } from "../../../api/types";
import type { components } from "../../../api/schema";
import { ExternalLink, httpUrl } from "../../../components/ui/external-link";
import type { SectionSpec } from "./section-spec";
import { FactList, type Fact } from "./fact-list";

type Schemas = components["schemas"];
type Row = Fact;

// The words are looked up when the section renders, in the language of that moment.
// AMBIG and UNKNOWN say nothing a reader can use, so they show no kind at all.
const agency = (): Partial<Record<Schemas["AgencyClass"], string>> => ({
  NIH: t`NIH (U.S. National Institutes of Health)`,
  FED: t`U.S. federal agency`,
  OTHER_GOV: t`Other government`,
  INDIV: t`Individual`,
  INDUSTRY: t`Industry`,
  NETWORK: t`Network`,
  OTHER: t({ message: "Other", context: "kind of organisation" }),
});

const partyRole = (): Record<Schemas["ResponsiblePartyType"], string> => ({
  SPONSOR: t`The sponsor`,
  PRINCIPAL_INVESTIGATOR: t`The principal investigator (the lead researcher)`,
  SPONSOR_INVESTIGATOR: t`The sponsor-investigator (a researcher who both runs and sponsors the study)`,
});

const idType = (): Record<Schemas["SecondaryIdType"], string> => ({
  NIH: t`U.S. NIH grant number`,
  FDA: t`U.S. FDA number`,
  VA: t`U.S. Veterans Affairs number`,
  CDC: t`U.S. CDC number`,
  AHRQ: t`U.S. AHRQ grant number`,
  SAMHSA: t`U.S. SAMHSA grant number`,
  OTHER_GRANT: t`Other grant or funding number`,
  EUDRACT_NUMBER: t`EudraCT number (European Union trials register)`,
  CTIS: t`EU trial number (EU Clinical Trials Information System)`,
  REGISTRY: t`Number in another trials registry`,
  OTHER: t`Other number`,
});

// One plain sentence per oversight answer the record gives ("" = nothing worth saying).
const oversightSentences = (): { key: keyof Schemas["OversightModule"]; yes: string; no: string }[] => [
  {
    key: "oversightHasDmc",
    yes: t`A data monitoring committee, a group of independent experts, checks the results for safety while the study runs.`,
    no: t`The study has no data monitoring committee.`,
  },
  {
    key: "isFdaRegulatedDrug",
    yes: t`It studies a drug regulated by the U.S. Food and Drug Administration (FDA).`,
    no: t`It does not study a drug regulated by the U.S. FDA.`,
  },
  {
    key: "isFdaRegulatedDevice",
    yes: t`It studies a medical device regulated by the U.S. Food and Drug Administration (FDA).`,
    no: t`It does not study a medical device regulated by the U.S. FDA.`,
  },
  {
    key: "isUnapprovedDevice",
    yes: t`The device has not yet been approved or cleared by the U.S. FDA.`,
    no: t`The device has been approved or cleared by the U.S. FDA.`,
  },
  {
    key: "isPpsd",
    yes: t`It is a study of a device in children that the U.S. FDA required after approval.`,
    no: t`It is not a study of a device in children required by the U.S. FDA after approval.`,
  },
  {
    key: "isUsExport",
    yes: t`The product is made in the United States and exported for the study.`,
    no: t`The product is not exported from the United States for the study.`,
  },
  {
    key: "fdaaa801Violation",
    yes: t`The U.S. FDA has found that this study broke the U.S. law on registering and reporting trials (FDAAA 801).`,
    no: "",
  },
];

const text = (s: string | undefined) => s?.trim() || undefined;

function Organisation({ name, kind }: { name: string | undefined; kind: Schemas["AgencyClass"] | undefined }) {
  const type = kind && agency()[kind];
  const shown = text(name);
  return (
    <>
      {shown ? (
        <span lang="en">{shown}</span>
      ) : (
        <span className="text-muted">
          <Trans>Name not stated</Trans>
        </span>
      )}
      {type && <span className="text-muted"> · {type}</span>}
    </>
  );
}

function IdValue({ id, type, link, domain }: { id: string; type?: Schemas["SecondaryIdType"]; link?: string; domain?: string }) {
  const href = httpUrl(link);
  const issuer = text(domain);
  const about = [type && idType()[type], issuer && t`issued by ${issuer}`].filter(Boolean).join(", ");
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
    out.push({ term: t`Lead sponsor`, body: <Organisation name={lead.name} kind={lead.class} /> });
  }
  const collaborators = (sponsors?.collaborators ?? []).filter((c) => text(c.name));
  const collaboratorCount = collaborators.length;
  if (collaboratorCount > 0) {
    out.push({
      term: plural(collaboratorCount, { one: "Collaborator", other: "Collaborators" }),
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
    const role = party?.type ? partyRole()[party.type] : undefined;
    out.push({
      term: t`Responsible for the record`,
      body: (
        <>
          {role}
          {role && who && ": "}
          {who && <span lang="en">{who}</span>}
        </>
      ),
    });
  }
  // Usually the lead sponsor itself; only worth a row when it is someone else.
  const org = ident?.organization;
  const orgName = text(org?.fullName)?.toLowerCase();
  const sameAsLead = orgName !== undefined && orgName === text(lead?.name)?.toLowerCase();
  if (org && (text(org.fullName) || org.class) && !sameAsLead) {
    out.push({ term: t`Organisation that registered it`, body: <Organisation name={org.fullName} kind={org.class} /> });
  }
  const orgId = ident?.orgStudyIdInfo;
  const ownId = text(orgId?.id);
  if (ownId) out.push({ term: t`Sponsor's study number`, body: <IdValue id={ownId} type={orgId?.type} link={orgId?.link} /> });
  const secondary = (ident?.secondaryIdInfos ?? []).filter((s) => text(s.id));
  const numberCount = secondary.length;
  if (numberCount > 0) {
    out.push({
      term: plural(numberCount, { one: "Other study number", other: "Other study numbers" }),
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
  return oversightSentences().map(({ key, yes, no }) => (m?.[key] === true ? yes : m?.[key] === false ? no : "")).filter(Boolean);
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
          <h3 className="text-xl font-semibold">
            <Trans>Oversight</Trans>
          </h3>
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
  get title() {
    return t`Who runs the study`;
  },
  has: (study) => rows(study).length > 0 || oversight(study).length > 0,
  Component: SponsorSection,
};
