import { t } from "@lingui/core/macro";
import type { ProtocolSection } from "../../../api/types";

type ContactsModule = NonNullable<ProtocolSection["contactsLocationsModule"]>;
export type Contact = NonNullable<ContactsModule["centralContacts"]>[number];
export type Official = NonNullable<ContactsModule["overallOfficials"]>[number];
type ContactRole = NonNullable<Contact["role"]>;

// Contact and official roles in plain words (OfficialRole is ContactRole without CONTACT).
export function roleLabel(role: ContactRole | undefined): string | undefined {
  switch (role) {
    case "CONTACT":
      return t`Contact`;
    case "PRINCIPAL_INVESTIGATOR":
      return t`Principal investigator`;
    case "SUB_INVESTIGATOR":
      return t`Sub-investigator`;
    case "STUDY_CHAIR":
      return t`Study chair`;
    case "STUDY_DIRECTOR":
      return t`Study director`;
    default:
      return undefined;
  }
}

/** Trimmed text, or undefined when the registry sent nothing useful (missing, empty, whitespace). */
export function clean(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
}

export type Phone = { text: string; ext?: string; href?: string };

// An extension typed into the number itself ("0491381594 Ext. 33", "617-555-1212 x12").
const INLINE_EXT = /\s*(?:,|;)?\s*(?:ext\.?|extension|x)\s*(\d+)\s*$/i;

/**
 * A phone number as written, plus a `tel:` link built from its digits (RFC 3966): a leading "+" is
 * kept, everything else but digits dropped, and the extension appended as ";ext=". Numbers are not
 * rewritten (a leading "00" or a national "0" stays), since the right dialling prefix depends on
 * where the caller is. Too few digits to dial gives no link.
 */
export function formatPhone(phone: string | undefined, phoneExt: string | undefined): Phone | undefined {
  let text = clean(phone);
  let ext = clean(phoneExt)?.replace(/^(?:ext\.?|x)\s*/i, "");
  if (!text) return undefined;
  const inline = INLINE_EXT.exec(text);
  if (inline && inline.index > 0) {
    text = text.slice(0, inline.index);
    ext ??= inline[1];
  }
  const digits = text.replace(/\D/g, "");
  const extDigits = ext?.replace(/\D/g, "");
  if (digits.length < 3) return { text, ext };
  const plus = text.startsWith("+") || text.startsWith("＋") ? "+" : "";
  const href = `tel:${plus}${digits}${extDigits ? `;ext=${extDigits}` : ""}`;
  return { text, ext, href };
}

export type ContactView = { name?: string; roles: string[]; phone?: Phone; email?: string };

/**
 * Site and central contacts ready to show. Records often list one person twice, once as CONTACT with
 * an email and once as PRINCIPAL_INVESTIGATOR (e.g. NCT06223893); those become one entry with both
 * roles, unless the two give different phone numbers or emails. Entries with nothing in them are dropped.
 */
export function toContactViews(contacts: readonly Contact[] | undefined): ContactView[] {
  const views: ContactView[] = [];
  for (const contact of contacts ?? []) {
    const view: ContactView = {
      name: clean(contact.name),
      roles: [roleLabel(contact.role)].filter((r): r is string => !!r),
      phone: formatPhone(contact.phone, contact.phoneExt),
      email: clean(contact.email),
    };
    if (!view.name && !view.phone && !view.email) continue;
    const twin = view.name ? views.find((other) => sameName(other, view) && compatible(other, view)) : undefined;
    if (!twin) {
      views.push(view);
      continue;
    }
    for (const role of view.roles) if (!twin.roles.includes(role)) twin.roles.push(role);
    twin.phone ??= view.phone;
    twin.email ??= view.email;
  }
  return views;
}

function sameName(a: ContactView, b: ContactView): boolean {
  return !!a.name && a.name.toLowerCase() === b.name?.toLowerCase();
}

function compatible(a: ContactView, b: ContactView): boolean {
  const samePhone = !a.phone || !b.phone || (a.phone.text === b.phone.text && a.phone.ext === b.phone.ext);
  const sameEmail = !a.email || !b.email || a.email.toLowerCase() === b.email.toLowerCase();
  return samePhone && sameEmail;
}
