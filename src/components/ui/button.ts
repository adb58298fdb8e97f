// Shared button looks. Targets use the `target` size token (24 px, 44 px in kiosk mode).
export const buttonClass = {
  primary:
    "inline-flex min-h-target min-w-target items-center justify-center rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60",
  secondary:
    "inline-flex min-h-target min-w-target items-center justify-center rounded-md border border-brand bg-white px-4 py-2 font-semibold text-brand hover:bg-brand-light",
};
