// Everyday words → the medical term registry records use, for the "no results" state: "bile duct
// cancer" finds little, "cholangiocarcinoma" finds the trials. A small curated list: only
// well-established equivalents (each lay phrase means the medical term, not just something near it),
// and no abbreviations that mean other things too (MS, mono). Stroke is not here: "stroke" is itself the
// term records use. The registry's own synonym search covers much more; this list is for the words it
// misses most often when a patient types them.
import type { Search } from "./search-types";
import { normalizeWords } from "./lay-words";

export type LayTerm = {
  /**
   * What people type, lower case; each is matched as a whole phrase. Spelling variants that only differ
   * by a plural "s", an apostrophe or a hyphen need no entry of their own (see normalizeWords).
   */
  readonly lay: readonly string[];
  /** The medical term to suggest. */
  readonly medical: string;
};

export const LAY_TERMS: readonly LayTerm[] = [
  { lay: ["bile duct cancer", "cancer of the bile duct"], medical: "cholangiocarcinoma" },
  { lay: ["heart attack"], medical: "myocardial infarction" },
  { lay: ["mini stroke"], medical: "transient ischemic attack" },
  { lay: ["high blood pressure"], medical: "hypertension" },
  { lay: ["low blood pressure"], medical: "hypotension" },
  { lay: ["high cholesterol"], medical: "hypercholesterolemia" },
  { lay: ["sugar diabetes"], medical: "diabetes mellitus" },
  { lay: ["high blood sugar"], medical: "hyperglycemia" },
  { lay: ["low blood sugar"], medical: "hypoglycemia" },
  { lay: ["kidney failure"], medical: "renal insufficiency" },
  { lay: ["kidney stone"], medical: "nephrolithiasis" },
  { lay: ["gallstone", "gall stone"], medical: "cholelithiasis" },
  { lay: ["bedwetting", "bed wetting"], medical: "nocturnal enuresis" },
  { lay: ["shingles"], medical: "herpes zoster" },
  { lay: ["chickenpox", "chicken pox"], medical: "varicella" },
  { lay: ["german measles"], medical: "rubella" },
  { lay: ["whooping cough"], medical: "pertussis" },
  { lay: ["lockjaw"], medical: "tetanus" },
  { lay: ["flu"], medical: "influenza" },
  { lay: ["bird flu"], medical: "avian influenza" },
  { lay: ["stomach flu"], medical: "gastroenteritis" },
  { lay: ["lupus"], medical: "systemic lupus erythematosus" },
  { lay: ["lou gehrig's disease"], medical: "amyotrophic lateral sclerosis" },
  { lay: ["acid reflux", "heartburn"], medical: "gastroesophageal reflux disease" },
  { lay: ["hay fever"], medical: "allergic rhinitis" },
  { lay: ["pink eye"], medical: "conjunctivitis" },
  { lay: ["lazy eye"], medical: "amblyopia" },
  { lay: ["crossed eyes", "cross-eyed"], medical: "strabismus" },
  { lay: ["high eye pressure"], medical: "ocular hypertension" },
  { lay: ["ringing in the ears", "ringing in my ears"], medical: "tinnitus" },
  { lay: ["brittle bone disease"], medical: "osteogenesis imperfecta" },
  { lay: ["hardening of the arteries"], medical: "atherosclerosis" },
  { lay: ["enlarged prostate"], medical: "benign prostatic hyperplasia" },
  { lay: ["underactive thyroid"], medical: "hypothyroidism" },
  { lay: ["overactive thyroid"], medical: "hyperthyroidism" },
  { lay: ["blood clot in the lung"], medical: "pulmonary embolism" },
  { lay: ["water on the brain"], medical: "hydrocephalus" },
  { lay: ["tennis elbow"], medical: "lateral epicondylitis" },
  { lay: ["frozen shoulder"], medical: "adhesive capsulitis" },
  { lay: ["slipped disc", "slipped disk"], medical: "intervertebral disc herniation" },
  { lay: ["cold sore"], medical: "herpes labialis" },
  { lay: ["athlete's foot"], medical: "tinea pedis" },
  { lay: ["bed sore", "pressure sore"], medical: "pressure ulcer" },
  { lay: ["piles"], medical: "hemorrhoids" },
  { lay: ["bowel cancer"], medical: "colorectal cancer" },
  { lay: ["voice box cancer"], medical: "laryngeal cancer" },
  { lay: ["tongue tie"], medical: "ankyloglossia" },
  { lay: ["river blindness"], medical: "onchocerciasis" },
];

/**
 * Medical terms for the lay phrases in `text`, in the order they appear, leaving out terms the text
 * already contains. Whole phrases only, case-insensitive, with simple plurals ("heart attacks") and
 * either apostrophe; "heart" alone suggests nothing. Where two phrases overlap the longer one wins
 * ("bird flu" → avian influenza, not also influenza).
 */
export function suggestMedicalTerms(text: string): string[] {
  const words = normalizeWords(text);
  if (words.length === 0) return [];
  const haystack = ` ${words.join(" ")} `;
  type Hit = { start: number; end: number; medical: string };
  const hits: Hit[] = [];
  for (const { lay, medical } of PHRASES) {
    for (let at = haystack.indexOf(lay); at >= 0; at = haystack.indexOf(lay, at + 1)) {
      hits.push({ start: at, end: at + lay.length, medical });
    }
  }
  // Longest first; a hit inside (or overlapping) an accepted one is dropped.
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const accepted: Hit[] = [];
  for (const hit of hits) {
    // Spans include their padding spaces, so neighbouring phrases touch without overlapping.
    if (!accepted.some((a) => hit.start < a.end - 1 && a.start < hit.end - 1)) accepted.push(hit);
  }
  accepted.sort((a, b) => a.start - b.start);
  const suggestions: string[] = [];
  for (const { medical } of accepted) {
    const already = haystack.includes(` ${normalizeWords(medical).join(" ")} `);
    if (!already && !suggestions.includes(medical)) suggestions.push(medical);
  }
  return suggestions;
}

/** Medical terms for lay words in the condition, treatment or other-words fields, as ready searches. */
export function medicalTermSearches(search: Search): { term: string; typed: string; search: Search }[] {
  const out: { term: string; typed: string; search: Search }[] = [];
  for (const field of ["cond", "term", "intr"] as const) {
    const typed = search[field];
    if (!typed) continue;
    for (const term of suggestMedicalTerms(typed)) out.push({ term, typed, search: { ...search, [field]: term } });
  }
  return out;
}

// Each lay phrase, normalised like the text and padded with spaces so only whole words match.
const PHRASES = LAY_TERMS.flatMap(({ lay, medical }) => lay.map((phrase) => ({ lay: ` ${normalizeWords(phrase).join(" ")} `, medical })));
