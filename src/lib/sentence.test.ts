import { describe, expect, test } from "vitest";
import { corpus, requireCorpus } from "../testing/server";
import { endSentence } from "./sentence";

requireCorpus();

describe("endSentence", () => {
  test.each([
    ["Mayo Clinic", "Mayo Clinic."],
    ["Alliance Foundation Trials, LLC.", "Alliance Foundation Trials, LLC."],
    ["Alliance Foundation Trials, LLC.  ", "Alliance Foundation Trials, LLC."],
    ["Is it safe?", "Is it safe?"],
    ["Stop!", "Stop!"],
    ["and so on...", "and so on..."],
    ["and so on…", "and so on…"],
    ['called "Hope."', 'called "Hope."'],
    ["Acme (Inc.)", "Acme (Inc.)."],
    ["MedDRA 21.0;", "MedDRA 21.0."],
    ["Boston, MA ,", "Boston, MA."],
    ["  ", ""],
  ])("%j → %j", (text, sentence) => {
    expect(endSentence(text)).toBe(sentence);
  });
});

// The registry names the app ends sentences with: lead sponsors (contacts section) and adverse event
// vocabularies (results). Many end with their own full stop ("Inc.", "LLC.", "NCI CTCAE Version 4.").
const names = corpus.studies.flatMap((study) => [
  study.protocolSection?.sponsorCollaboratorsModule?.leadSponsor?.name,
  ...(study.protocolSection?.sponsorCollaboratorsModule?.collaborators ?? []).map((c) => c.name),
  ...[...(study.resultsSection?.adverseEventsModule?.seriousEvents ?? []), ...(study.resultsSection?.adverseEventsModule?.otherEvents ?? [])].map(
    (event) => event.sourceVocabulary,
  ),
]).filter((name): name is string => !!name?.trim());

describe.skipIf(names.length === 0)(`over the real names (${new Set(names).size})`, () => {
  test("each ends in exactly one stop, never '..'", () => {
    const distinct = [...new Set(names)];
    expect(distinct.filter((name) => /\.\s*$/.test(name)).length).toBeGreaterThan(10); // the case is real
    for (const name of distinct) {
      const sentence = endSentence(name);
      expect(sentence, name).toMatch(/[.?!…]["'”’]*$/);
      expect(sentence, name).not.toMatch(/(?<!\.)\.\.$/);
      expect(sentence.startsWith(name.trim().replace(/[.,;:\s]+$/, "")), name).toBe(true); // nothing else changed
    }
  });
});
