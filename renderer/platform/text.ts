/**
 * A file's text, decoded by its byte-order mark: PowerShell writes topology XML as UTF-16
 * (`Get-CsTopology -AsXml > file.xml`), which `Blob.text()` would read as UTF-8 garbage.
 */
export async function readFileText(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}
