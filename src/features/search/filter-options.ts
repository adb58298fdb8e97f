// Words for the sort orders and the text fields (each filter's words are in its catalogue entry,
// filters/catalogue.ts). Typed as Records so that a new value cannot be added without its words. Getters:
// each is looked up when shown, in the language active then.
import { t } from "@lingui/core/macro";
import type { SearchSort } from "./search-types";

export const SORT_LABEL: Record<SearchSort, string> = {
  get relevance() {
    return t`Best match`;
  },
  get updated() {
    return t`Recently updated`;
  },
  get start() {
    return t`Start date (newest first)`;
  },
  get nearest() {
    return t`Nearest site`;
  },
};

/** Text fields: the label a person reads, and an example. */
export const TEXT_FIELD_LABEL = {
  cond: {
    get label() {
      return t`Condition or disease`;
    },
    get example() {
      return t`breast cancer`;
    },
  },
  intr: {
    get label() {
      return t`Treatment or intervention`;
    },
    get example() {
      return t`vaccine`;
    },
  },
  // The registry's text match on site addresses; distance searches use the "Near" field instead.
  locn: {
    get label() {
      return t`Hospital, city or country`;
    },
    get example() {
      return t`Mayo Clinic or Texas`;
    },
  },
  term: {
    get label() {
      return t`Other words`;
    },
    get example() {
      return t`quality of life`;
    },
  },
  spons: {
    get label() {
      return t`Sponsor`;
    },
    example: "National Cancer Institute",
  },
  id: {
    get label() {
      return t`Study ID`;
    },
    example: "NCT02513394",
  },
} as const;
