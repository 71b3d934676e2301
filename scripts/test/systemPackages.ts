/** The package names of a list file: one a line, `#` starts a comment. */
export function readPackageList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line.length > 0);
}

export function missingPackages(
  packages: readonly string[],
  installed: (name: string) => boolean,
): string[] {
  return packages.filter((name) => !installed(name));
}
