import type { ReactNode } from "react";
import type { Study } from "../../api/types";
import { FitLines } from "../../components/about-you/fit-lines";
import type { AboutYou } from "../../lib/about-you";
import { eligibilityFit } from "../../lib/eligibility-fit";

/**
 * How a study's age range, sex and healthy-volunteer rule fit what the visitor told About you, for its
 * result card; undefined when nothing the visitor said applies. Loaded only once About you holds
 * something. A card is never hidden for it.
 */
export function cardFit(study: Study, about: AboutYou): ReactNode | undefined {
  const lines = eligibilityFit(study.protocolSection?.eligibilityModule, about);
  return lines.length > 0 ? <FitLines lines={lines} /> : undefined;
}
