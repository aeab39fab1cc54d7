/**
 * Text with FQDNs, SQL instances and UNC paths in it, allowed to wrap only after a dot or a
 * backslash (and at spaces), so that a narrow panel never splits `contoso` in two.
 */
import { Fragment } from 'react';

export function Breakable({ text }: { text: string }) {
  const parts = text.split(/(?<=[.\\])(?=\S)/);
  if (parts.length === 1) return <>{text}</>;
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </>
  );
}
