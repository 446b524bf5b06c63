#!/usr/bin/env bash
# Build Deskmate for macOS: PyInstaller onedir (dist/deskmate/), then sign and notarize it.
# NOT RUN in this project's CI (Linux only). Run from the repository root with Python 3.11.
# Signing and notarization need the organisation's Apple Developer ID certificate.
set -euo pipefail

python3.11 -m venv .venv
.venv/bin/python -m pip install -e '.[dev]'
for ts in resources/translations/*.ts; do .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"; done
.venv/bin/python -m PyInstaller --noconfirm --clean --distpath dist \
    --workpath build/pyinstaller installer/deskmate.spec
dist/deskmate/deskmate --version
dist/deskmate/deskmate-admin policy template --format toml >/dev/null

# --- SIGNING + NOTARIZATION: PLACEHOLDER, needs the organisation's certificate -----------
# DESKMATE_SIGN_IDENTITY: "Developer ID Application: <Org> (<TEAMID>)" in the login keychain.
# DESKMATE_NOTARY_PROFILE: a profile stored with `xcrun notarytool store-credentials`.
if [ -n "${DESKMATE_SIGN_IDENTITY:-}" ]; then
    find dist/deskmate -type f \( -name '*.so' -o -name '*.dylib' -o -perm -u+x \) -print0 |
        xargs -0 codesign --force --timestamp --options runtime --sign "$DESKMATE_SIGN_IDENTITY"
    ditto -c -k --keepParent dist/deskmate dist/deskmate-macos.zip
    xcrun notarytool submit dist/deskmate-macos.zip --keychain-profile "$DESKMATE_NOTARY_PROFILE" --wait
else
    echo "UNSIGNED build: set DESKMATE_SIGN_IDENTITY to sign (Gatekeeper will block it)." >&2
fi
# Not done yet: a .app bundle (a BUNDLE() step in the spec with BUNDLE_ID org.deskmate.Deskmate)
# and a signed .pkg; the LaunchAgent autostart is written per person by desktop/autostart.py.
