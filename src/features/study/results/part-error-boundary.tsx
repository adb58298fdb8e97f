import { Trans } from "@lingui/react/macro";
import { Component, type ReactNode } from "react";
import { buttonClass } from "../../../components/ui/button";

type Props = { children: ReactNode; onRetry: () => void };

/** Keeps a failed chunk download (offline, new deployment) inside one results part, with a retry. */
export class PartErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert" className="space-y-2">
        <p>
          <Trans>This part of the results could not be loaded. Check your connection and try again.</Trans>
        </p>
        <button type="button" className={buttonClass.secondary} onClick={this.props.onRetry}>
          <Trans>Try again</Trans>
        </button>
      </div>
    );
  }
}
