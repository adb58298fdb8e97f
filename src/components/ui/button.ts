// Shared button looks. Targets use the `target` size token (24 px, 44 px in kiosk mode).
// Both have a border (primary's matches its fill): forced colours drop the fill but draw the border.
export const buttonClass = {
  primary:
    "inline-flex min-h-target min-w-target items-center justify-center rounded-md border border-brand bg-brand px-4 py-2 font-semibold text-white hover:border-brand-dark hover:bg-brand-dark disabled:opacity-60",
  secondary:
    "inline-flex min-h-target min-w-target items-center justify-center rounded-md border border-brand bg-white px-4 py-2 font-semibold text-brand hover:bg-brand-light",
};
