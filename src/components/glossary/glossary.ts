import { t } from "@lingui/core/macro";

// Registry terms in plain words, for a lay reader: at most two short sentences each, in the active language.
// Keys are lower case; <GlossaryTerm term="…"> only accepts these keys, so a typo fails the type-check.
export const GLOSSARY = {
  get phase() {
    return t`Trials of a new treatment go through numbered steps, called phases. Each phase answers a different question, from safety in a few people to comparing treatments in many.`;
  },
  get "early phase 1"() {
    return t`A very small first test in people, with tiny doses. It checks how the body handles the treatment, not whether it works.`;
  },
  get "phase 1"() {
    return t`The first tests in a small group of people. They check whether the treatment is safe and which dose to use.`;
  },
  get "phase 2"() {
    return t`Tests in a larger group of people who have the condition. They check whether the treatment works and keep checking safety.`;
  },
  get "phase 3"() {
    return t`Tests in many people, often comparing the new treatment with the usual one. Treatments are usually approved after this phase.`;
  },
  get "phase 4"() {
    return t`Studies of a treatment that is already approved. They look at long-term benefits and side effects in everyday use.`;
  },
  get randomized() {
    return t`Chance, like a coin toss, decides which group you join. Neither you nor your doctor chooses.`;
  },
  get placebo() {
    return t`A dummy treatment that looks like the real one but has no active medicine in it. It shows whether the real treatment works better than nothing.`;
  },
  get sham() {
    return t`A fake procedure or device use that looks like the real one but does not do anything. It is the placebo of procedures and devices.`;
  },
  get masking() {
    return t`Keeping people from knowing who gets which treatment, so that expectations do not affect the results. Also called blinding.`;
  },
  get blinding() {
    return t`Keeping people from knowing who gets which treatment, so that expectations do not affect the results. Also called masking.`;
  },
  get "open label"() {
    return t`Everyone knows which treatment each person is getting. Nothing is hidden.`;
  },
  get "single-blind"() {
    return t`One side does not know who gets which treatment, usually the participants.`;
  },
  get "double-blind"() {
    return t`Neither the participants nor the study doctors know who gets which treatment until the study ends.`;
  },
  get "inclusion criteria"() {
    return t`The things that must be true for you to join, such as your age or your illness.`;
  },
  get "exclusion criteria"() {
    return t`The things that stop you from joining, such as another illness or a medicine you take.`;
  },
  get interventional() {
    return t`A study in which participants get a treatment, device or other change to their care, and the results are measured.`;
  },
  get observational() {
    return t`A study in which researchers watch and record what happens to people. The study does not give a treatment.`;
  },
  get "expanded access"() {
    return t`A way for someone with a serious illness to get a treatment that is not yet approved, outside a clinical trial. It is also called compassionate use.`;
  },
  get "healthy volunteer"() {
    return t`A person without the illness being studied. Some studies need them for comparison or to test safety.`;
  },
  get arm() {
    return t`A group of participants in a study who all get the same treatment. A study with two arms compares two treatments.`;
  },
  get group() {
    return t`A set of participants in a study who all get the same treatment or are observed the same way.`;
  },
  get crossover() {
    return t`Each participant gets every treatment being compared, one after the other, with a pause in between.`;
  },
  get control() {
    return t`A group that gets the usual treatment, a placebo or no treatment, so the new treatment can be compared with it.`;
  },
  get "active comparator"() {
    return t`A group that gets a treatment already known to work, so the new treatment can be compared with it.`;
  },
  get "primary outcome"() {
    return t`The main thing the study measures to decide whether the treatment works, for example survival or pain.`;
  },
  get "secondary outcome"() {
    return t`Other things the study measures besides the main one, such as side effects or quality of life.`;
  },
  get enrollment() {
    return t`The number of people taking part in the study, or the number it plans to take.`;
  },
  get sponsor() {
    return t`The company, university or organisation that is responsible for the study. It often pays for it too.`;
  },
  get "principal investigator"() {
    return t`The doctor or scientist who leads the study at a site, or overall.`;
  },
  get recruiting() {
    return t`The study is looking for participants now. You can ask to join.`;
  },
  get "not yet recruiting"() {
    return t`The study has not started to take participants yet, but will soon.`;
  },
  get "active, not recruiting"() {
    return t`The study is under way, but it is not taking new participants.`;
  },
  get "adverse event"() {
    return t`Any unwanted health problem that happens to a participant during the study. It may or may not be caused by the treatment.`;
  },
  get "serious adverse event"() {
    return t`An unwanted health problem that is life-threatening, leads to a hospital stay or lasting harm, or causes death.`;
  },
  get "informed consent"() {
    return t`Before you join, the study team explains the study, its risks and your rights. You decide freely and can leave at any time.`;
  },
  get cohort() {
    return t`A group of people who share something, such as an illness or a treatment, and are followed over time.`;
  },
  get "standard age groups"() {
    return t`The registry's age bands: children are up to 17, adults 18 to 64, older adults 65 and over.`;
  },
};

export type GlossaryKey = keyof typeof GLOSSARY;

export function glossaryDefinition(term: GlossaryKey): string {
  return GLOSSARY[term];
}

/**
 * Looks up registry text that may or may not be a glossary term ("Phase 2", "Open Label"). The keys are
 * English, as registry text and values are, whatever the language shown: never pass it a label in the
 * active language (a Spanish label would find nothing). A label carries its key instead (design-labels.ts).
 */
export function findGlossaryKey(text: string): GlossaryKey | undefined {
  const key = text.trim().toLowerCase().replace(/\s+/g, " ");
  return Object.hasOwn(GLOSSARY, key) ? (key as GlossaryKey) : undefined;
}
