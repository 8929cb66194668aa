import { ReactNode, RefObject, useCallback, useRef, useState } from 'react';

export type NoticeTone = 'info' | 'error';

/** What a page says after an action: what was done, or why it was not. */
export interface Notice {
  tone: NoticeTone;
  text: string;
}

export interface NoticeState {
  notice: Notice | undefined;
  /** Shows the message and moves the focus to it. */
  tell: (text: string, tone?: NoticeTone) => void;
  clear: () => void;
  regionRef: RefObject<HTMLDivElement | null>;
}

/**
 * The message after an action. Told, it takes the focus, so a keyboard or screen-reader user
 * continues from what happened, also after the form or preview they were in has closed.
 */
export function useNotice(): NoticeState {
  const [notice, setNotice] = useState<Notice | undefined>();
  const regionRef = useRef<HTMLDivElement>(null);
  const tell = useCallback((text: string, tone: NoticeTone = 'info') => {
    setNotice({ tone, text });
    requestAnimationFrame(() => regionRef.current?.focus());
  }, []);
  const clear = useCallback(() => setNotice(undefined), []);
  return { notice, tell, clear, regionRef };
}

/**
 * Where a page's notice shows: a polite live region the focus can be moved to. `details` are
 * said below the message, in the same alert.
 */
export function NoticeRegion({
  state: { notice, regionRef },
  testId,
  details,
}: {
  state: NoticeState;
  testId: string;
  details?: ReactNode;
}) {
  const className = `alert alert-${notice?.tone ?? 'info'}`;
  return (
    <div aria-live="polite" ref={regionRef} tabIndex={-1} className="notice-region">
      {notice &&
        (details === undefined ? (
          <p className={className} data-testid={testId}>
            {notice.text}
          </p>
        ) : (
          <div className={className} data-testid={testId}>
            <p>{notice.text}</p>
            {details}
          </div>
        ))}
    </div>
  );
}
