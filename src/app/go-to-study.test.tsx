import { describe, expect, test } from "vitest";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { requireCorpus } from "../testing/server";
import { renderRoute } from "../testing/render-route";

// "Go to a study" on the start page, as the app composes it: an NCT number, or any ClinicalTrials.gov link,
// read by the same translation as links pasted into the search fields.
requireCorpus();

const go = async (text: string) => {
  const { location } = renderRoute("/");
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText("Study number"), text);
  await user.click(screen.getByRole("button", { name: "Go to study" }));
  return location;
};

describe("Go to a study", () => {
  test.each([
    ["nct 0251 3394", "/study/NCT02513394"],
    ["https://clinicaltrials.gov/ct2/show/results/NCT02513394?term=asthma", "/study/NCT02513394#results"],
    ["clinicaltrials.gov/study/nct02513394?tab=results", "/study/NCT02513394#results"],
    ["https://clinicaltrials.gov/search?cond=asthma&aggFilters=ages:child", "/search?cond=asthma&status=all&agegroup=child"],
  ])("%s → %s", async (text, target) => {
    const location = await go(text);
    await waitFor(() => expect(`${location().pathname}${location().search}${location().hash}`).toBe(target));
  });

  test("a link that names no study, or anything else, is explained and goes nowhere", async () => {
    const location = await go("https://clinicaltrials.gov/study/NCT123");
    expect(
      await screen.findByText('"https://clinicaltrials.gov/study/NCT123" is not a study number. It should be NCT followed by 8 digits, like NCT02513394.'),
    ).toBeTruthy();
    expect(location().pathname).toBe("/");
  });
});
