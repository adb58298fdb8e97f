import { test, expect, expectNoAxeViolations } from "./fixtures";
import { briefTitle, corpusSize } from "./corpus";

test("home explains the app, shows the offline banner and goes to a study by number", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Find a clinical trial" })).toBeVisible();
  await expect(page.getByText(`Offline copy: ${corpusSize().toLocaleString("en-US")} studies stored with this app, not live registry data`)).toBeVisible();
  await page.getByLabel("Study number").fill(" nct 0251 3394 ");
  await page.getByRole("button", { name: "Go to study" }).click();
  await expect(page).toHaveURL(/\/study\/NCT02513394$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(briefTitle("NCT02513394"));
});

test("a mistyped number is explained next to the field", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Study number").fill("NCT123");
  await page.getByRole("button", { name: "Go to study" }).click();
  await expect(page.getByRole("alert")).toContainText('"NCT123" is not a study number');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByLabel("Study number")).toHaveAttribute("aria-invalid", "true");
});

test("home page has no axe violations", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("an unknown address shows 'Page not found' inside the app", async ({ page }) => {
  await page.goto("/no/such/page");
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
});
