// Registry terms in plain words, for a lay reader: at most two short sentences each.
// Keys are lower case; <GlossaryTerm term="…"> only accepts these keys, so a typo fails the type-check.
export const GLOSSARY = {
  phase: "Trials of a new treatment go through numbered steps, called phases. Each phase answers a different question, from safety in a few people to comparing treatments in many.",
  "early phase 1": "A very small first test in people, with tiny doses. It checks how the body handles the treatment, not whether it works.",
  "phase 1": "The first tests in a small group of people. They check whether the treatment is safe and which dose to use.",
  "phase 2": "Tests in a larger group of people who have the condition. They check whether the treatment works and keep checking safety.",
  "phase 3": "Tests in many people, often comparing the new treatment with the usual one. Treatments are usually approved after this phase.",
  "phase 4": "Studies of a treatment that is already approved. They look at long-term benefits and side effects in everyday use.",
  randomized: "Chance, like a coin toss, decides which group you join. Neither you nor your doctor chooses.",
  placebo: "A dummy treatment that looks like the real one but has no active medicine in it. It shows whether the real treatment works better than nothing.",
  sham: "A fake procedure or device use that looks like the real one but does not do anything. It is the placebo of procedures and devices.",
  masking: "Keeping people from knowing who gets which treatment, so that expectations do not affect the results. Also called blinding.",
  blinding: "Keeping people from knowing who gets which treatment, so that expectations do not affect the results. Also called masking.",
  "open label": "Everyone knows which treatment each person is getting. Nothing is hidden.",
  "single-blind": "One side does not know who gets which treatment, usually the participants.",
  "double-blind": "Neither the participants nor the study doctors know who gets which treatment until the study ends.",
  "inclusion criteria": "The things that must be true for you to join, such as your age or your illness.",
  "exclusion criteria": "The things that stop you from joining, such as another illness or a medicine you take.",
  interventional: "A study in which participants get a treatment, device or other change to their care, and the results are measured.",
  observational: "A study in which researchers watch and record what happens to people. The study does not give a treatment.",
  "expanded access": "A way for someone with a serious illness to get a treatment that is not yet approved, outside a clinical trial. It is also called compassionate use.",
  "healthy volunteer": "A person without the illness being studied. Some studies need them for comparison or to test safety.",
  arm: "A group of participants in a study who all get the same treatment. A study with two arms compares two treatments.",
  group: "A set of participants in a study who all get the same treatment or are observed the same way.",
  crossover: "Each participant gets every treatment being compared, one after the other, with a pause in between.",
  control: "A group that gets the usual treatment, a placebo or no treatment, so the new treatment can be compared with it.",
  "active comparator": "A group that gets a treatment already known to work, so the new treatment can be compared with it.",
  "primary outcome": "The main thing the study measures to decide whether the treatment works, for example survival or pain.",
  "secondary outcome": "Other things the study measures besides the main one, such as side effects or quality of life.",
  enrollment: "The number of people taking part in the study, or the number it plans to take.",
  sponsor: "The company, university or organisation that is responsible for the study. It often pays for it too.",
  "principal investigator": "The doctor or scientist who leads the study at a site, or overall.",
  recruiting: "The study is looking for participants now. You can ask to join.",
  "not yet recruiting": "The study has not started to take participants yet, but will soon.",
  "active, not recruiting": "The study is under way, but it is not taking new participants.",
  "adverse event": "Any unwanted health problem that happens to a participant during the study. It may or may not be caused by the treatment.",
  "serious adverse event": "An unwanted health problem that is life-threatening, leads to a hospital stay or lasting harm, or causes death.",
  "informed consent": "Before you join, the study team explains the study, its risks and your rights. You decide freely and can leave at any time.",
  cohort: "A group of people who share something, such as an illness or a treatment, and are followed over time.",
  "standard age groups": "The registry's age bands: children are up to 17, adults 18 to 64, older adults 65 and over.",
} as const;

export type GlossaryKey = keyof typeof GLOSSARY;

export function glossaryDefinition(term: GlossaryKey): string {
  return GLOSSARY[term];
}

/** Looks up registry text that may or may not be a glossary term ("Phase 2", "Open Label"). */
export function findGlossaryKey(text: string): GlossaryKey | undefined {
  const key = text.trim().toLowerCase().replace(/\s+/g, " ");
  return Object.hasOwn(GLOSSARY, key) ? (key as GlossaryKey) : undefined;
}
