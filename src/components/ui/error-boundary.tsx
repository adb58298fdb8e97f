import { Component, type ReactNode } from "react";

/**
 * Keeps a render error inside one part of a page: that part shows `fallback`, the rest of the page
 * stays. Give it a `key` that changes with its content to try again with new content.
 */
export class ErrorBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
