/**
 * reStructuredText inline markup as Markdown, for the few constructs roadmaps use: literals,
 * interpreted text with a role (`:class:` and the like, shown as code), and hyperlinks.
 */
export function rstInlineToMarkdown(text: string): string {
  return text
    .replace(/``([^`]+)``/g, (_, code: string) => `\`${code}\``)
    .replace(/:[\w.:+-]+:`([^`]+)`/g, (_, content: string) => {
      const shown = /^(.*?)\s*<[^<>]+>$/.exec(content)?.[1] || content;
      return `\`${shown.replace(/^[~!]/, '')}\``;
    })
    .replace(
      /`([^`<]+?)\s*<([^<>`]+)>`__?/g,
      (_, label: string, url: string) => `[${label}](${url})`,
    )
    .replace(/`([^`]+)`__?/g, (_, label: string) => label)
    .trim();
}
