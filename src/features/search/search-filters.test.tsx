import { describe, expect, test } from "vitest";
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { SearchFilters } from "./search-filters";
import { activeFilterWords } from "./filter-words";
import type { Search } from "./search-types";
import { searchToPath } from "./search-url";

/** The filters with their search held in state, as the pages hold it; `changes` records every emit. */
function renderFilters(initial: Search = {}) {
  const changes: { search: Search; how: string }[] = [];
  function Harness() {
    const [search, setSearch] = useState(initial);
    return (
      <SearchFilters
        value={search}
        onChange={(next, how) => {
          changes.push({ search: next, how });
          setSearch(next);
        }}
      />
    );
  }
  render(<Harness />);
  return { changes, user: userEvent.setup(), last: () => changes.at(-1) };
}

describe("search filters", () => {
  test("status: default, any, or chosen statuses; the checkboxes stay while choosing", async () => {
    const { user, last } = renderFilters();
    expect((screen.getByRole("radio", { name: "Recruiting now or soon" }) as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByRole("checkbox", { name: "Completed" })).toBeNull();

    await user.click(screen.getByRole("radio", { name: "Choose statuses" }));
    const recruiting = screen.getByRole("checkbox", { name: "Recruiting" }) as HTMLInputElement;
    expect(recruiting.checked).toBe(true);
    expect((screen.getByRole("checkbox", { name: "Not yet recruiting" }) as HTMLInputElement).checked).toBe(true);

    await user.click(screen.getByRole("checkbox", { name: "Completed" }));
    expect(last()?.search.status).toEqual(["RECRUITING", "NOT_YET_RECRUITING", "COMPLETED"]);
    expect(last()?.how).toBe("filter");

    await user.click(screen.getByRole("checkbox", { name: "Completed" }));
    await user.click(recruiting);
    await user.click(screen.getByRole("checkbox", { name: "Not yet recruiting" }));
    // None ticked means any status, and the list stays open to tick again.
    expect(last()?.search.status).toEqual([]);
    expect(screen.getByRole("checkbox", { name: "Completed" })).toBeTruthy();

    await user.click(screen.getByRole("radio", { name: "Any status, including finished studies" }));
    expect(last()?.search.status).toEqual([]);
    expect(screen.queryByRole("checkbox", { name: "Completed" })).toBeNull();
  });

  test("phases are kept in canonical order whatever the click order", async () => {
    const { user, last } = renderFilters();
    await user.click(screen.getByRole("checkbox", { name: "Phase 3" }));
    await user.click(screen.getByRole("checkbox", { name: "Early phase 1" }));
    await user.click(screen.getByRole("checkbox", { name: "Phase 2" }));
    expect(last()?.search.phase).toEqual(["early", "2", "3"]);
  });

  test("age: a typed age is used as typing (replacing history); anything else is explained and not sent", async () => {
    const { user, changes, last } = renderFilters();
    const age = screen.getByLabelText("Age in years");
    await user.type(age, "45");
    expect(last()).toEqual({ search: { age: 45 }, how: "typing" });
    const before = changes.length;
    await user.clear(age);
    await user.type(age, "abc");
    expect(screen.getByText("Type an age in whole years, from 0 to 120.")).toBeTruthy();
    expect(age.getAttribute("aria-invalid")).toBe("true");
    expect((age as HTMLInputElement).value).toBe("abc");
    // Clearing sent "no age"; the letters sent nothing.
    expect(changes.slice(before).map((c) => c.search.age)).toEqual([undefined]);
    await user.clear(age);
    await user.type(age, "121");
    expect(last()?.search.age).toBe(12);
    expect(screen.getByText("Type an age in whole years, from 0 to 120.")).toBeTruthy();
  });

  test("selects and checkboxes set and clear their filter", async () => {
    const { user, last } = renderFilters();
    await user.selectOptions(screen.getByLabelText("Study type"), "OBSERVATIONAL");
    expect(last()?.search.type).toBe("OBSERVATIONAL");
    await user.selectOptions(screen.getByLabelText("Sex"), "FEMALE");
    await user.selectOptions(screen.getByLabelText("Who pays for the study"), "industry");
    await user.click(screen.getByRole("checkbox", { name: "Accepts healthy volunteers" }));
    await user.click(screen.getByRole("checkbox", { name: "Has posted results" }));
    expect(last()?.search).toEqual({ type: "OBSERVATIONAL", sex: "FEMALE", funder: "industry", healthy: true, results: true });
    await user.selectOptions(screen.getByLabelText("Study type"), "");
    await user.click(screen.getByRole("checkbox", { name: "Has posted results" }));
    expect(last()?.search).toEqual({ sex: "FEMALE", funder: "industry", healthy: true, results: undefined, type: undefined });
  });

  test("age groups and documents: ticks in canonical order, none ticked is no filter", async () => {
    const { user, last } = renderFilters();
    await user.click(screen.getByRole("checkbox", { name: "Older adults (65 and over)" }));
    await user.click(screen.getByRole("checkbox", { name: "Children (0–17)" }));
    expect(last()).toEqual({ search: { agegroup: ["child", "older"] }, how: "filter" });
    await user.click(screen.getByRole("checkbox", { name: "Informed consent form" }));
    await user.click(screen.getByRole("checkbox", { name: "Study protocol" }));
    expect(last()?.search.docs).toEqual(["protocol", "consent"]);
    await user.click(screen.getByRole("checkbox", { name: "Children (0–17)" }));
    await user.click(screen.getByRole("checkbox", { name: "Older adults (65 and over)" }));
    // None ticked: no age group filter, so the address leaves it out.
    expect(searchToPath(last()?.search ?? {})).toBe("/search?docs=protocol,consent");
  });

  test("dates: folded away until opened; each end sets the range; ends the wrong way round are explained and not sent", async () => {
    const { user, changes, last } = renderFilters();
    const dates = screen.getByText(/^Dates/);
    expect(dates.closest("details")?.open).toBe(false);
    await user.click(dates);
    const start = screen.getByRole("group", { name: "Study start" });
    const [from, to] = [within(start).getByLabelText("From"), within(start).getByLabelText("To")];
    fireEvent.change(from, { target: { value: "2022-01-01" } });
    expect(last()).toEqual({ search: { startdate: { from: "2022-01-01" } }, how: "typing" });
    fireEvent.change(to, { target: { value: "2023-12-31" } });
    expect(last()?.search.startdate).toEqual({ from: "2022-01-01", to: "2023-12-31" });
    const before = changes.length;
    fireEvent.change(from, { target: { value: "2024-06-01" } });
    expect(changes.length).toBe(before); // nothing sent: the range would be empty
    expect(from.getAttribute("aria-invalid")).toBe("true");
    expect(within(start).getByText("The “To” date is before the “From” date, so this range is not used.")).toBeTruthy();
    fireEvent.change(to, { target: { value: "" } });
    expect(last()?.search.startdate).toEqual({ from: "2024-06-01" });
    fireEvent.change(from, { target: { value: "" } });
    expect(last()?.search.startdate).toBeUndefined();
  });

  test("a search that holds a date opens the dates, showing it", () => {
    renderFilters({ lastupdated: { to: "2015-12-31" } });
    const updated = screen.getByRole("group", { name: "Last update posted" });
    expect(updated.closest("details")?.open).toBe(true);
    expect((within(updated).getByLabelText("To") as HTMLInputElement).value).toBe("2015-12-31");
    expect(screen.getByText("Dates: last update posted")).toBeTruthy();
  });

  test("the closed section's summary names the filters that are on", () => {
    expect(activeFilterWords({})).toEqual([]);
    expect(
      activeFilterWords({ status: [], phase: ["2", "3"], type: "INTERVENTIONAL", age: 45, sex: "MALE", healthy: true, results: true, funder: "nih" }),
    ).toEqual([
      "any status",
      "Phase 2 or Phase 3",
      "Clinical trials",
      "age 45",
      "open to men and boys",
      "healthy volunteers",
      "with results",
      "paid by U.S. National Institutes of Health",
    ]);
    expect(activeFilterWords({ agegroup: ["child"], docs: ["sap"], startdate: { from: "2022-01-01" }, completion: { to: "2015-12-31" } })).toEqual([
      "children (0–17)",
      "with statistical analysis plan",
      "study start from 2022-01-01",
      "study completion until 2015-12-31",
    ]);
    expect(activeFilterWords({ status: ["RECRUITING"] })).toEqual(["Recruiting"]);
  });
});
