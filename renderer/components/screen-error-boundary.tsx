import { Component, type ReactNode } from 'react';
import { ErrorNotice } from './error-notice';

interface Props {
  /** A new key (another screen) starts afresh. */
  resetKey: string;
  /** Called before trying again, e.g. to forget a screen's failed code load. */
  onRetry(): void;
  children: ReactNode;
}

interface State {
  failedKey: string | null;
}

/**
 * Keeps one screen's failure (a render error, its code failing to load) inside that screen: the
 * sidebar, the other screens and the data stay usable, and the operator can try again.
 */
export class ScreenErrorBoundary extends Component<Props, State> {
  override state: State = { failedKey: null };

  static getDerivedStateFromError(): Partial<State> {
    return { failedKey: '' };
  }

  override componentDidCatch(error: unknown): void {
    // The key is recorded here, where props are at hand; the console reaches the app's log.
    this.setState({ failedKey: this.props.resetKey });
    console.error('A screen failed to render', error);
  }

  override render(): ReactNode {
    const { failedKey } = this.state;
    if (failedKey !== null && (failedKey === '' || failedKey === this.props.resetKey)) {
      return (
        <ErrorNotice
          messageKey="errors.screenFailed"
          onRetry={() => {
            this.props.onRetry();
            this.setState({ failedKey: null });
          }}
        />
      );
    }
    return this.props.children;
  }
}
