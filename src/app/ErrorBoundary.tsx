import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Calm words for the adult, already translated. */
  message: string;
  homeLabel: string;
  onReset: () => void;
  children: ReactNode;
}

/**
 * A screen that failed (storage refused to read a picture, a chunk failed to load) shows a calm
 * message and a way home instead of a blank app; the saved pictures are untouched.
 */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.warn('Screen failed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="screen error-screen" role="alert">
        <p className="error-screen__message">{this.props.message}</p>
        <button
          type="button"
          className="big-button big-button--card error-screen__home"
          data-testid="error-home"
          aria-label={this.props.homeLabel}
          onClick={() => {
            this.setState({ failed: false });
            this.props.onReset();
          }}
        >
          {this.props.homeLabel}
        </button>
      </main>
    );
  }
}
