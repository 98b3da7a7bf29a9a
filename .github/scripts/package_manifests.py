#!/usr/bin/env python3
"""The scoop manifest and the winget manifests of a release, from its Windows archive.

dist (release.yml) builds `altavoz-x86_64-pc-windows-msvc.zip`, with `altavoz.exe` at its root,
and publishes it on the GitHub release of the tag. This script writes, into --out:

  altavoz.json                          scoop: url, hash, bin, checkver and autoupdate
  Altavoz.Altavoz.yaml                  winget (manifest schema 1.10.0): version
  Altavoz.Altavoz.installer.yaml          installer: the zip, a portable `altavoz.exe` in it
  Altavoz.Altavoz.locale.en-US.yaml       defaultLocale
  Altavoz.Altavoz.locale.es-MX.yaml       locale (Spanish)

Python's standard library only; the YAML is written by hand, every string quoted.
Used by .github/workflows/publish-packages.yml, and by CI to check the manifests against the
schemas of scoop and winget.
"""

import argparse
import datetime
import hashlib
import json
import re
import sys
import zipfile
from pathlib import Path

PACKAGE = "altavoz"
WINGET_ID = "Altavoz.Altavoz"
WINGET_SCHEMA = "1.10.0"
ARCHIVE = "altavoz-x86_64-pc-windows-msvc.zip"
EXE = "altavoz.exe"
PUBLISHER = "The altavoz contributors"
SUMMARY_EN = "Localized campaign websites, printable handouts and social cards from Markdown + YAML"
SUMMARY_ES = "Sitios web de campañas en varios idiomas, volantes imprimibles y tarjetas para redes, desde Markdown + YAML"
DESCRIPTION_EN = (
    "altavoz turns community-written campaign sources (Markdown pages and a few YAML files) into a "
    "localized website that works on old phones, on prepaid data and from a USB stick, printable "
    "handouts (PDF, with a QR code back to the page) and social cards (PNG). A live preview reloads "
    "the browser while you write."
)
DESCRIPTION_ES = (
    "altavoz convierte las fuentes de una campaña (páginas en Markdown y unos pocos archivos YAML) en "
    "un sitio web en varios idiomas que funciona en teléfonos viejos, con datos prepagados y desde una "
    "memoria USB, volantes imprimibles (PDF, con un código QR que lleva a la página) y tarjetas para "
    "redes sociales (PNG). Una vista previa recarga el navegador mientras escribes."
)
TAGS = ["static-site-generator", "localization", "translation", "markdown", "pdf", "campaign"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repo", required=True, help="owner/name on GitHub")
    parser.add_argument("--tag", required=True, help="the release's tag, e.g. v0.2.0")
    parser.add_argument("--version", required=True, help="the version, e.g. 0.2.0")
    parser.add_argument("--zip", type=Path, help=f"the downloaded {ARCHIVE}: hashed, and checked to hold {EXE}")
    parser.add_argument("--sha256", help="the archive's SHA-256, if --zip is not given")
    parser.add_argument("--sha256-file", type=Path, help="dist's .sha256 file: must agree with the archive")
    parser.add_argument("--release-date", default=datetime.date.today().isoformat())
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()

    if not re.fullmatch(r"[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.+-]+)?", args.version):
        return fail(f"not a version: {args.version!r}")
    if args.zip:
        sha256 = hashlib.sha256(args.zip.read_bytes()).hexdigest()
        with zipfile.ZipFile(args.zip) as archive:
            if EXE not in archive.namelist():
                return fail(f"{args.zip} has no {EXE} at its root: {archive.namelist()}")
    elif args.sha256:
        sha256 = args.sha256.strip().lower()
    else:
        return fail("give --zip or --sha256")
    if not re.fullmatch(r"[0-9a-f]{64}", sha256):
        return fail(f"not a SHA-256: {sha256!r}")
    if args.sha256_file:
        # sha256sum's format: "<hash>  <name>" or "<hash> *<name>".
        listed = args.sha256_file.read_text().split()[0].lower()
        if listed != sha256:
            return fail(f"{args.sha256_file} says {listed}, the archive hashes to {sha256}")

    home = f"https://github.com/{args.repo}"
    url = f"{home}/releases/download/{args.tag}/{ARCHIVE}"
    args.out.mkdir(parents=True, exist_ok=True)

    scoop = {
        "version": args.version,
        "description": SUMMARY_EN,
        "homepage": home,
        "license": "MIT|Apache-2.0",
        "architecture": {"64bit": {"url": url, "hash": sha256}},
        "bin": EXE,
        "checkver": {"github": home},
        "autoupdate": {
            "architecture": {
                "64bit": {
                    "url": f"{home}/releases/download/v$version/{ARCHIVE}",
                    "hash": {"url": "$url.sha256"},
                }
            }
        },
    }
    (args.out / f"{PACKAGE}.json").write_text(json.dumps(scoop, indent=4, ensure_ascii=False) + "\n")

    common = [("PackageIdentifier", WINGET_ID), ("PackageVersion", args.version)]
    write_winget(
        args.out / f"{WINGET_ID}.yaml",
        "version",
        common + [("DefaultLocale", "en-US")],
    )
    write_winget(
        args.out / f"{WINGET_ID}.installer.yaml",
        "installer",
        common
        + [
            ("InstallerType", "zip"),
            ("NestedInstallerType", "portable"),
            ("NestedInstallerFiles", [[("RelativeFilePath", EXE), ("PortableCommandAlias", PACKAGE)]]),
            ("Commands", [PACKAGE]),
            ("ReleaseDate", args.release_date),
            (
                "Installers",
                [[("Architecture", "x64"), ("InstallerUrl", url), ("InstallerSha256", sha256.upper())]],
            ),
        ],
    )
    locale = common + [
        ("Publisher", PUBLISHER),
        ("PublisherUrl", home),
        ("PublisherSupportUrl", f"{home}/issues"),
        ("PackageName", PACKAGE),
        ("PackageUrl", home),
        ("License", "MIT OR Apache-2.0"),
        ("LicenseUrl", f"{home}/blob/{args.tag}/LICENSE-MIT"),
    ]
    write_winget(
        args.out / f"{WINGET_ID}.locale.en-US.yaml",
        "defaultLocale",
        locale[:2]
        + [("PackageLocale", "en-US")]
        + locale[2:]
        + [
            ("ShortDescription", SUMMARY_EN),
            ("Description", DESCRIPTION_EN),
            ("Moniker", PACKAGE),
            ("Tags", TAGS),
            ("ReleaseNotesUrl", f"{home}/releases/tag/{args.tag}"),
        ],
    )
    write_winget(
        args.out / f"{WINGET_ID}.locale.es-MX.yaml",
        "locale",
        common
        + [
            ("PackageLocale", "es-MX"),
            ("ShortDescription", SUMMARY_ES),
            ("Description", DESCRIPTION_ES),
            ("ReleaseNotesUrl", f"{home}/releases/tag/{args.tag}"),
        ],
    )
    for path in sorted(args.out.iterdir()):
        print(path)
    return 0


def write_winget(path: Path, kind: str, fields: list) -> None:
    lines = [
        f"# yaml-language-server: $schema=https://aka.ms/winget-manifest.{kind}.{WINGET_SCHEMA}.schema.json",
        "",
    ]
    lines += yaml_fields(fields + [("ManifestType", kind), ("ManifestVersion", WINGET_SCHEMA)], "")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def yaml_fields(fields: list, indent: str) -> list:
    """`key: value` lines; a value is a string, a list of strings, or a list of field lists."""
    lines = []
    for key, value in fields:
        if isinstance(value, str):
            lines.append(f"{indent}{key}: {quote(value)}")
            continue
        lines.append(f"{indent}{key}:")
        for item in value:
            if isinstance(item, str):
                lines.append(f"{indent}- {quote(item)}")
            else:
                nested = yaml_fields(item, indent + "  ")
                lines.append(f"{indent}- {nested[0].lstrip()}")
                lines += nested[1:]
    return lines


def quote(text: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are valid YAML), so that `0.10` stays a string."""
    return json.dumps(text, ensure_ascii=False)


def fail(message: str) -> int:
    print(f"package_manifests: {message}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
