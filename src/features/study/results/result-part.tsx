import type { ResultsSection } from "./result-types";
import type { ResultPartId } from "./results-summary";
import { ParticipantFlow } from "./participant-flow";
import { BaselineCharacteristics } from "./baseline-characteristics";
import { OutcomeMeasureView } from "./outcome-measure";
import { AdverseEvents } from "./adverse-events";
import { MoreInformation } from "./more-information";

export type ResultPartProps = { part: ResultPartId; results: ResultsSection };

/** Entry of the lazy results chunk: the content of one opened part. */
export function ResultPart({ part, results }: ResultPartProps) {
  switch (part.kind) {
    case "flow":
      return results.participantFlowModule ? <ParticipantFlow module={results.participantFlowModule} /> : null;
    case "baseline":
      return results.baselineCharacteristicsModule ? <BaselineCharacteristics module={results.baselineCharacteristicsModule} /> : null;
    case "outcome": {
      const measure = results.outcomeMeasuresModule?.outcomeMeasures?.[part.index];
      return measure ? <OutcomeMeasureView measure={measure} number={part.index + 1} /> : null;
    }
    case "adverse":
      return results.adverseEventsModule ? <AdverseEvents module={results.adverseEventsModule} /> : null;
    case "more":
      return results.moreInfoModule ? <MoreInformation module={results.moreInfoModule} /> : null;
  }
}
