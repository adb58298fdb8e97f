import { describe, expect, test } from "vitest";
import { act, render } from "@testing-library/react";
import { SITE_STEP } from "../locations/site-browser";
import { Providers } from "../../../app/providers";
import { corpus, requireCorpus } from "../../../testing/server";
import { contactsSection } from "./contacts-section";
import { locationsSection } from "./locations-section";

// Every real record: the first step of its sites is in the page and every site is when printing (also in
// the filterable list), contacts always render,
// and no "undefined"/"null"/"NaN"/"[object Object]" leaks into the text.
requireCorpus();
const JUNK = /\bundefined\b|\bnull\b|\bNaN\b|\[object Object\]/;
const studies = corpus.studies.map((study) => [study.protocolSection?.identificationModule?.nctId ?? "?", study] as const);

describe.skipIf(studies.length === 0)(`locations and contacts over the real corpus (${studies.length} records)`, () => {
  test.each(studies)("%s", (_id, study) => {
    const locations = study.protocolSection?.contactsLocationsModule?.locations ?? [];
    expect(locationsSection.has(study)).toBe(locations.length > 0);
    const { container, unmount } = render(
      <Providers>
        {locationsSection.has(study) && <locationsSection.Component study={study} />}
        <contactsSection.Component study={study} />
      </Providers>,
    );
    expect(container.querySelectorAll("[data-site]")).toHaveLength(Math.min(locations.length, SITE_STEP));
    act(() => {
      window.dispatchEvent(new Event("beforeprint"));
    });
    expect(container.querySelectorAll("[data-site]")).toHaveLength(locations.length);
    expect(container.querySelectorAll('[data-geo="none"]')).toHaveLength(locations.filter((l) => !l.geoPoint).length);
    expect(container.textContent).not.toMatch(JUNK);
    for (const link of container.querySelectorAll("a[href]")) expect(link.getAttribute("href")).toMatch(/^(tel:\+?\d+(;ext=\d+)?|mailto:\S+@\S+|#locations)$/);
    act(() => {
      window.dispatchEvent(new Event("afterprint"));
    });
    unmount();
  });
});
