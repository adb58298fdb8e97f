import { describe, expect, test } from "vitest";
import { loadCorpus, resolveCorpusDir } from "../../../replica/corpus.ts";
import { findSpanishTerm, SPANISH_TERMS, UNTRANSLATED_CONDITIONS, foldSpanish } from "./spanish-terms";

// The records (../shared/ctgov/studies, or $CTGOV_CORPUS), read at run time; never copied into the repo.
const corpusDir = resolveCorpusDir();
const studies = loadCorpus(corpusDir).studies;
if (process.env.CTGOV_CORPUS_REQUIRED === "1" && studies.length === 0) {
  throw new Error(`CTGOV_CORPUS_REQUIRED=1 but no study records were found in ${corpusDir}`);
}

const TOP = 100;

/**
 * Record conditions covered by an entry whose `en` is worded differently: abbreviations, MeSH's inverted
 * forms ("Disk, Herniated"), disk/disc spellings and narrower wordings of the same search. Variants
 * that only differ by case, punctuation or a plural ("Liver Diseases", "opioid-use disorder", the
 * records' "Diabete Mellitus") match their entry without being listed here.
 */
const MERGED_VARIANTS: Readonly<Record<string, string>> = {
  nsclc: "non-small cell lung cancer",
  "advanced nsclc": "advanced non-small cell lung cancer",
  "nsclc stage iv": "stage iv non-small cell lung cancer",
  "nsclc, recurrent": "recurrent non-small cell lung cancer",
  "cluster headache, episodic": "episodic cluster headache",
  "disk herniated lumbar": "lumbar disc herniation",
  "herniated disk lumbar": "lumbar disc herniation",
  "lumbar herniated intervertebral disc": "lumbar disc herniation",
  "disc herniation": "herniated disc",
  "disc, herniated": "herniated disc",
  "disk, herniated": "herniated disc",
  "herniated disk": "herniated disc",
  "intervertebral disc herniation": "herniated disc",
  "intervertebral disk displacement": "intervertebral disc displacement",
  "disk prolapse": "disc prolapse",
  "prolapsed intervertebral disc": "disc prolapse",
  "diabetes mellitus, type 2": "type 2 diabetes",
  "type 2 diabetes mellitus": "type 2 diabetes",
  "type2 diabetes": "type 2 diabetes",
  "diabetes mellitus, type 1": "type 1 diabetes",
  "type 1 diabetes mellitus": "type 1 diabetes",
  type1diabetes: "type 1 diabetes",
  "pre-diabetes": "prediabetes",
  "migraine disorders": "migraine",
  "headache, migraine": "migraine",
  "headache disorders": "headache",
  "headache disorders, primary": "primary headache",
  "primary headache disorder": "primary headache",
  "primary headaches (includes migraines, tension, cluster headaches)": "primary headache",
  "tension headache": "tension-type headache",
  "nightmares, rem-sleep type": "nightmare",
  "nightmares associated with chronic post-traumatic stress disorder": "nightmare",
  "nightmare disorder with associated non-sleep disorder": "nightmare disorder",
  ptsd: "posttraumatic stress disorder",
  "stress disorders, post-traumatic": "posttraumatic stress disorder",
  "nicotine addiction": "nicotine dependence",
  adhd: "attention deficit hyperactivity disorder",
  "alcohol use disorder (aud)": "alcohol use disorder",
  "sleep initiation and maintenance disorders": "insomnia",
  "radiculopathy lumbar": "lumbar radiculopathy",
  "spinal stenosis lumbar": "lumbar spinal stenosis",
};

const key = (text: string) => foldSpanish(text).join(" ");
const conditionName = (text: string) => text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
const stripAccents = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "");

function conditionsOf(record: Record<string, unknown>): string[] {
  const protocol = record.protocolSection as { conditionsModule?: { conditions?: unknown } } | undefined;
  const list = protocol?.conditionsModule?.conditions;
  return Array.isArray(list) ? list.filter((item): item is string => typeof item === "string") : [];
}

/** Conditions by the number of records naming them (case-insensitive, once per record), most first. */
function conditionCounts(): [string, number][] {
  const counts = new Map<string, number>();
  for (const study of studies) {
    for (const name of new Set(conditionsOf(study).map(conditionName))) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0));
}

/** The TOP most frequent, and every condition tied with the last of them (the order among ties is arbitrary). */
function topConditions(): string[] {
  const counts = conditionCounts();
  const cutoff = counts[Math.min(TOP, counts.length) - 1]?.[1] ?? Infinity;
  return counts.filter(([, count]) => count >= cutoff).map(([name]) => name);
}

const englishTerms = new Set(SPANISH_TERMS.map(({ en }) => en));
const englishKeys = new Set(SPANISH_TERMS.map(({ en }) => key(en)));
const untranslated = new Set(UNTRANSLATED_CONDITIONS.map(({ condition }) => condition));

/** Spanish phrase, typed as is, is the English term or part of it in order: only "tengo …" finds something. */
function isEnglishAlready(phrase: string, en: string): boolean {
  const words = foldSpanish(phrase);
  let matched = 0;
  for (const word of foldSpanish(en)) if (word === words[matched]) matched++;
  return matched === words.length;
}

describe.skipIf(studies.length === 0)("the records' most frequent conditions", () => {
  const top = topConditions();

  test(`each of the ${TOP} most frequent has an entry or a reason for having none`, () => {
    expect(top.length).toBeGreaterThanOrEqual(Math.min(TOP, conditionCounts().length));
    const missing = top.filter((name) => {
      if (untranslated.has(name) || englishKeys.has(key(name))) return false;
      const merged = MERGED_VARIANTS[name];
      return merged === undefined || !englishTerms.has(merged);
    });
    expect(missing).toEqual([]);
  });

  test("the merged variants are real record conditions, needed, and point at entries", () => {
    const names = new Set(conditionCounts().map(([name]) => name));
    for (const [variant, en] of Object.entries(MERGED_VARIANTS)) {
      expect(names.has(variant), variant).toBe(true);
      expect(englishKeys.has(key(variant)), `${variant} matches an entry without merging`).toBe(false);
      expect(englishTerms.has(en), en).toBe(true);
    }
  });

  test("record conditions, English text, never get a suggestion", () => {
    const suggested = conditionCounts()
      .map(([name]) => [name, findSpanishTerm(name)?.en] as const)
      .filter(([, en]) => en !== undefined);
    expect(suggested).toEqual([]);
  });
});

describe("findSpanishTerm", () => {
  test("the issue's examples", () => {
    expect(findSpanishTerm("cáncer de mama")).toEqual({ es: "cáncer de mama", en: "breast cancer" });
    expect(findSpanishTerm("presión alta")).toEqual({ es: "presión alta", en: "hypertension" });
    expect(findSpanishTerm("azúcar en la sangre")).toEqual({ es: "azúcar en la sangre", en: "diabetes" });
  });

  test.each([
    ["cáncer de seno", "breast cancer"],
    ["hipertensión", "hypertension"],
    ["la presión", "hypertension"],
    ["ataque al corazón", "myocardial infarction"],
    ["infarto", "myocardial infarction"],
    ["derrame cerebral", "stroke"],
    ["embolia", "stroke"],
    ["colesterol alto", "hypercholesterolemia"],
    ["sida", "acquired immunodeficiency syndrome"],
    ["VIH", "hiv"],
    ["riñones", "kidney disease"],
    ["azúcar alta", "diabetes"],
    ["mal de Alzheimer", "alzheimer disease"],
    ["cefalea en racimos", "cluster headache"],
    ["cáncer de pulmón de células no pequeñas", "non-small cell lung cancer"],
    ["hernia de disco lumbar", "lumbar disc herniation"],
    ["diabetes tipo 2", "type 2 diabetes"],
    ["migraña", "migraine"],
    ["asma", "asthma"],
    ["dejar de fumar", "smoking cessation"],
  ])("%j → %j", (text, en) => {
    expect(findSpanishTerm(text)?.en).toBe(en);
  });

  test("accents, case, punctuation and simple plurals don't matter", () => {
    for (const text of ["Cancer de Mama", "CÁNCER DE MAMA", "cancer de mama", "¿Cáncer de mama?", "cánceres de mama", "cáncer  de  mamas"]) {
      expect(findSpanishTerm(text), text).toEqual({ es: "cáncer de mama", en: "breast cancer" });
    }
    expect(findSpanishTerm("Presion Alta")?.en).toBe("hypertension");
    expect(findSpanishTerm("riñón")?.en).toBe("kidney disease"); // the table lists "riñones"
    expect(findSpanishTerm("los rinones")?.en).toBe("kidney disease");
    expect(findSpanishTerm("ataques al corazon")?.en).toBe("myocardial infarction");
    expect(findSpanishTerm("infartos")?.en).toBe("myocardial infarction");
    expect(findSpanishTerm("diabetes Tipo-2")?.en).toBe("type 2 diabetes");
  });

  test("whole text only: filler words around the phrase are fine, anything else is not", () => {
    expect(findSpanishTerm("tengo cancer de mama")).toEqual({ es: "cáncer de mama", en: "breast cancer" });
    expect(findSpanishTerm("estudios para el cáncer de mama")?.en).toBe("breast cancer");
    expect(findSpanishTerm("tengo la presión alta")?.en).toBe("hypertension");
    expect(findSpanishTerm("mi diabetes")?.en).toBe("diabetes");
    for (const text of [
      "cáncer de mama en hombres con mutación",
      "cáncer de mama en hombres",
      "cáncer de mama metastásico",
      "diabetes e hipertensión",
      "presión",
      "mama",
      "de la",
      "",
      "  ¿? ",
    ]) {
      expect(findSpanishTerm(text), text).toBeUndefined();
    }
  });

  test("the longest phrase wins", () => {
    expect(findSpanishTerm("cáncer de pulmón")?.en).toBe("lung cancer");
    expect(findSpanishTerm("cancer de pulmon de celulas no pequeñas avanzado")?.en).toBe("advanced non-small cell lung cancer");
    expect(findSpanishTerm("cefalea en racimos crónica refractaria")?.en).toBe("refractory chronic cluster headache");
    expect(findSpanishTerm("hipertensión arterial pulmonar")?.en).toBe("pulmonary arterial hypertension");
    expect(findSpanishTerm("infarto cerebral")?.en).toBe("stroke");
    expect(findSpanishTerm("presión alta en el ojo")?.en).toBe("ocular hypertension");
  });

  test("text that is already English gets no suggestion", () => {
    for (const text of ["diabetes", "Diabetes", "asthma", "cancer", "Cáncer", "Alzheimer", "parkinson", "covid-19", "COVID", "lupus", "breast cancer", "hypertension", "heart attack", "Diabetes Mellitus", "migraine", "stroke"]) {
      expect(findSpanishTerm(text), text).toBeUndefined();
    }
    for (const { en } of SPANISH_TERMS) expect(findSpanishTerm(en), en).toBeUndefined();
  });
});

describe("the table", () => {
  test("lower case Spanish with its accents, English in plain lower-case ASCII", () => {
    for (const { es, en } of SPANISH_TERMS) {
      expect(en, en).toMatch(/^[a-z0-9][a-z0-9 ,'()-]*$/);
      expect(es.length, en).toBeGreaterThan(0);
      for (const phrase of es) expect(phrase, phrase).toBe(phrase.toLowerCase().trim());
    }
    const accented = SPANISH_TERMS.flatMap(({ es }) => es).filter((phrase) => stripAccents(phrase) !== phrase);
    expect(accented).toContain("cáncer de mama");
    expect(accented).toContain("presión alta");
  });

  test("no Spanish phrase twice (after folding), so none maps to two English terms", () => {
    const seen = new Map<string, string>();
    for (const { es, en } of SPANISH_TERMS) {
      for (const phrase of es) {
        const folded = key(phrase);
        expect(seen.get(folded), `${phrase} → ${en}`).toBeUndefined();
        seen.set(folded, en);
      }
    }
    expect(new Set(SPANISH_TERMS.map(({ en }) => en)).size, "one entry per English term").toBe(SPANISH_TERMS.length);
  });

  test("every phrase finds its English term, typed any way", () => {
    for (const { es, en } of SPANISH_TERMS) {
      for (const phrase of es) {
        expect(findSpanishTerm(`tengo ${phrase}`), phrase).toEqual({ es: phrase, en });
        expect(findSpanishTerm(`¿${stripAccents(phrase).toUpperCase()}?`)?.en, phrase).toBe(isEnglishAlready(phrase, en) ? undefined : en);
        expect(findSpanishTerm(phrase)?.en, phrase).toBe(isEnglishAlready(phrase, en) ? undefined : en);
      }
    }
  });

  test("untranslated conditions are lower case, have a reason, and no entry", () => {
    for (const { condition, reason } of UNTRANSLATED_CONDITIONS) {
      expect(condition).toBe(conditionName(condition));
      expect(reason.length, condition).toBeGreaterThan(10);
      expect(englishKeys.has(key(condition)), condition).toBe(false);
    }
  });

  test("the size the issue asks for", () => {
    expect(SPANISH_TERMS.length).toBeGreaterThanOrEqual(100);
  });
});

