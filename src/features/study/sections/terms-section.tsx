import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import type { Study } from "../../../api/types";
import type { components } from "../../../api/schema";
import type { SectionSpec } from "./section-spec";

type BrowseModule = components["schemas"]["BrowseModule"];
type Mesh = components["schemas"]["Mesh"];

/** Distinct, non-empty MeSH term names, in the record's order. */
const terms = (meshes: Mesh[] | undefined) => [...new Set((meshes ?? []).map((m) => m.term?.trim() ?? "").filter(Boolean))];

const GROUPS = [
  {
    key: "conditionBrowseModule",
    get title() {
      return t`Conditions`;
    },
    id: "terms-conditions",
  },
  {
    key: "interventionBrowseModule",
    get title() {
      return t`Treatments and other interventions`;
    },
    id: "terms-interventions",
  },
] as const;

const hasTerms = (m: BrowseModule | undefined) => terms(m?.meshes).length + terms(m?.ancestors).length > 0;

function TermsSection({ study }: { study: Study }) {
  const derived = study.derivedSection;
  return (
    <>
      <p className="max-w-prose text-muted">
        <Trans>
          The registry files this study under these terms from MeSH (Medical Subject Headings), the medical vocabulary
          of the U.S. National Library of Medicine. Searching with them finds studies filed under the same terms.
        </Trans>
      </p>
      {GROUPS.map(({ key, title, id }) => {
        const module = derived?.[key];
        if (!hasTerms(module)) return null;
        const main = terms(module?.meshes);
        const broader = terms(module?.ancestors);
        const broaderCount = broader.length;
        return (
          <div key={key} className="space-y-2">
            <h3 id={id} className="text-xl font-semibold">
              {title}
            </h3>
            {main.length > 0 ? (
              <ul aria-labelledby={id} lang="en" className="flex flex-wrap gap-2">
                {main.map((term) => (
                  <li key={term} className="rounded bg-surface px-2 py-0.5">
                    {term}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-muted">
                <Trans>No specific terms; only broader ones.</Trans>
              </p>
            )}
            {broader.length > 0 && (
              <details>
                <summary className="min-h-target cursor-pointer font-semibold">
                  <Trans>Broader terms ({broaderCount})</Trans>
                </summary>
                <ul lang="en" className="mt-2 flex flex-wrap gap-2">
                  {broader.map((term) => (
                    <li key={term} className="max-w-full rounded border border-line px-2 py-0.5 [overflow-wrap:anywhere]">
                      {term}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        );
      })}
    </>
  );
}

export const termsSection: SectionSpec = {
  id: "terms",
  get title() {
    return t`Medical terms for this study`;
  },
  has: (study) => GROUPS.some(({ key }) => hasTerms(study.derivedSection?.[key])),
  Component: TermsSection,
};
