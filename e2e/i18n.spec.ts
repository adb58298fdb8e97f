// Spanish (issue 16): the search → study → shortlist journey in Spanish, `?lang=es` kept while navigating
// and in what is shared, registry text marked English, the language switch, a kiosk reset back to the
// clinic's language, and axe in Spanish. Spanish wording comes from the catalogues (e2e/catalogue.ts).
import type { Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations } from "./fixtures";
import { es } from "./catalogue";

test.afterEach(({ pageErrors, externalRequests }) => {
  expect(externalRequests, "requests that left the machine").toEqual([]);
  expect(pageErrors, "page errors").toEqual([]);
});

const inSpanish = (page: Page) => expect(page.locator("html")).toHaveAttribute("lang", "es");
const inEnglish = (page: Page) => expect(page.locator("html")).toHaveAttribute("lang", "en");
const hasLang = (lang: string | null) => (url: URL) => url.searchParams.get("lang") === lang;
const mainNav = (page: Page, name: string) => page.getByRole("navigation", { name }).first();
/** A name that starts with a message's text before its first placeholder ("Guardar: " of "Save: {title}"). */
const startingWith = (message: string) => new RegExp(`^${message.split("{")[0]!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);

test("search → study → shortlist in Spanish, with ?lang=es in every address and in the shared list", async ({ page }) => {
  await page.goto("/?lang=es");
  await inSpanish(page);
  const form = page.getByRole("search", { name: es("Search for clinical trials") });
  const condition = form.getByRole("textbox", { name: es("Condition or disease") });
  // A Spanish term: the registry's English one is offered before anything is sent.
  await condition.pressSequentially("azúcar en la sangre", { delay: 20 });
  const offer = form.getByRole("button", { name: "¿Buscar 'diabetes'?" });
  await expect(offer).toBeVisible();
  await expect(offer.locator('[lang="en"]')).toContainText("diabetes");
  await offer.click();
  await expect(condition).toHaveValue("diabetes");
  await expect(condition).toBeFocused();
  await form.getByRole("button", { name: es("Search"), exact: true }).click();

  await expect(page).toHaveURL((url) => url.pathname === "/search" && url.searchParams.get("cond") === "diabetes" && hasLang("es")(url));
  const results = page.getByRole("list", { name: es("Search results") });
  const firstCard = results.locator("article").first();
  await expect(firstCard).toBeVisible();
  await inSpanish(page);
  // The study's own title is the registry's English, marked so.
  await expect(firstCard.locator('[lang="en"]').first()).toBeVisible();
  await expectNoAxeViolations(page);

  const title = firstCard.locator("h3 a").first();
  await expect(title).toHaveAttribute("href", /[?&]lang=es\b/);
  await title.click();
  await expect(page).toHaveURL((url) => url.pathname.startsWith("/study/NCT") && hasLang("es")(url));
  await inSpanish(page);
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toBeVisible();
  await expect(page.locator('h1[lang="en"], h1 [lang="en"]').first()).toBeVisible();
  await expect(page.getByText("La información del estudio viene del registro en inglés.")).toHaveCount(1);
  await page.getByRole("button", { name: startingWith(es("Save: {title}")) }).first().click();
  await expect(page.getByRole("button", { name: startingWith(es("Saved: {title}")) }).first()).toHaveAttribute("aria-pressed", "true");
  await expectNoAxeViolations(page);

  await mainNav(page, es("Main")).getByRole("link", { name: es("Saved studies ({count})", { count: 1 }) }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/saved" && hasLang("es")(url));
  await inSpanish(page);
  await expect(page.locator("main article")).toHaveCount(1);
  // The list to share keeps the language: whoever opens it reads it in Spanish.
  const shared = page.locator('main a[href*="/list?"]').first();
  await expect(shared).toHaveAttribute("href", /[?&]lang=es\b/);
  await expectNoAxeViolations(page);

  const other = await page.context().browser()!.newContext();
  const phone = await other.newPage();
  await phone.goto(new URL((await shared.getAttribute("href"))!, page.url()).href);
  await expect(phone.locator("html")).toHaveAttribute("lang", "es");
  await expect(phone.locator("main article")).toHaveCount(1);
  await other.close();
});

test("the switch changes the page's language in place, is remembered, and English addresses carry no lang", async ({ page }) => {
  await page.goto("/search?cond=asthma");
  await inEnglish(page);
  await page.getByRole("banner").getByRole("link", { name: "Español" }).click();
  await inSpanish(page);
  await expect(page).toHaveURL((url) => url.pathname === "/search" && url.searchParams.get("cond") === "asthma" && hasLang("es")(url));
  await expect(page.getByRole("banner").getByText("Español")).toBeFocused();
  await expect(page.getByRole("search", { name: es("Search for clinical trials") })).toBeVisible();

  await page.goto("/saved"); // no lang in the address: the remembered choice
  await inSpanish(page);
  await expect(page).toHaveURL(hasLang("es"));

  await page.getByRole("banner").getByRole("link", { name: "English" }).click();
  await inEnglish(page);
  await expect(page).toHaveURL((url) => url.pathname === "/saved" && url.search === "");
  await page.reload();
  await inEnglish(page);
});

test("a kiosk offers the switch in large type, and Start over returns to the kiosk's language", async ({ page }) => {
  await page.goto("/kiosk");
  await inEnglish(page);
  const big = page.getByRole("main").getByRole("link", { name: "Español" });
  const box = await big.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
  await big.click();
  await inSpanish(page);
  await expect(page.getByRole("main").getByText("Español")).toBeFocused();
  await expectNoAxeViolations(page);

  await page.getByRole("banner").getByRole("button", { name: es("Start over") }).click();
  await page.getByRole("dialog").getByRole("button", { name: es("Yes, start over") }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/kiosk" && url.search === "");
  await inEnglish(page);
  await expect(page.getByRole("banner").getByRole("button", { name: "Start over" })).toBeVisible();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});
