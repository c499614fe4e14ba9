import { Component, type ReactNode } from 'react';

interface Props {
  /** What failed, as the start of a sentence: "The chart". */
  what: string;
  children: ReactNode;
}

/**
 * Keeps a part loaded on demand (a lazy chunk) from taking the page down with it: after a new
 * release the old chunk's file is gone and its import fails.
 */
export class LoadBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) {
      return (
        <p className="muted">
          {this.props.what} could not be loaded. Reload the page to try again.
        </p>
      );
    }
    return this.props.children;
  }
}
