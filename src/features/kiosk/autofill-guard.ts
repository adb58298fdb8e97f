// Kiosk mode's "no memory of the last visitor" in the browser itself: browsers remember what was typed
// into fields (a ZIP code, a search) and offer it to whoever types there next, and a reset cannot clear
// that. So every form and field on the screen gets autocomplete="off", wherever it was rendered from
// and whatever hint it had ("postal-code"), as it appears.

const FIELDS = "form, input, textarea, select";

function turnOff(root: Document | Element): void {
  const fields = Array.from(root.querySelectorAll(FIELDS));
  if (root instanceof Element && root.matches(FIELDS)) fields.push(root);
  for (const element of fields) {
    if (element.getAttribute("autocomplete") !== "off") element.setAttribute("autocomplete", "off");
  }
}

/** Installs the guard on `doc`: fields there now, fields added later, and hints set again later. Returns the function that removes it. */
export function installAutofillGuard(doc: Document = document): () => void {
  turnOff(doc);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === "attributes") turnOff(record.target as Element);
      else for (const node of Array.from(record.addedNodes)) if (node instanceof Element) turnOff(node);
    }
  });
  observer.observe(doc.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ["autocomplete"] });
  return () => observer.disconnect();
}
