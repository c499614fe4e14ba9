interface Rules {
  paths: readonly string[];
  docs: readonly string[];
  labels: readonly string[];
  keywords: readonly string[];
}

/** Why items land in this module, kept small: it answers "why is this here?" when asked. */
export function ModuleRules({ rules, owners }: { rules: Rules; owners: readonly string[] }) {
  const rows: [string, readonly string[], boolean][] = [
    ['Paths', rules.paths, true],
    ['Docs', rules.docs, true],
    ['Labels', rules.labels, false],
    ['Keywords', rules.keywords, false],
    ['Owners', owners, false],
  ];
  const present = rows.filter(([, values]) => values.length > 0);
  if (present.length === 0) {
    return null;
  }
  return (
    <dl className="rules">
      {present.map(([name, values, code]) => (
        <div key={name} className="rules-row">
          <dt>{name}</dt>
          <dd>
            <ul>
              {values.map((value) => (
                <li key={value}>{code ? <code>{value}</code> : value}</li>
              ))}
            </ul>
          </dd>
        </div>
      ))}
    </dl>
  );
}
