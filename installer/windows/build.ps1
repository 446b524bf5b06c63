# Build Deskmate for Windows: PyInstaller onedir (dist\deskmate\), then sign it.
# NOT RUN in this project's CI (Linux only). Run from the repository root in PowerShell 7
# with Python 3.11 installed. Signing needs the organisation's code-signing certificate.
$ErrorActionPreference = "Stop"

py -3.11 -m venv .venv
.venv\Scripts\python -m pip install -e ".[dev]"
Get-ChildItem resources\translations\*.ts | ForEach-Object {
    .venv\Scripts\pyside6-lrelease -silent $_.FullName -qm ($_.FullName -replace '\.ts$', '.qm')
}
.venv\Scripts\python -m PyInstaller --noconfirm --clean --distpath dist `
    --workpath build\pyinstaller installer\deskmate.spec
dist\deskmate\deskmate.exe --version
dist\deskmate\deskmate-admin.exe policy template --format toml | Out-Null

# --- SIGNING: PLACEHOLDER, needs the organisation's certificate --------------------------
# Set DESKMATE_SIGN_THUMBPRINT (certificate in the CurrentUser\My store, or an HSM/cloud
# signer that signtool can reach) and DESKMATE_TIMESTAMP_URL (your CA's RFC 3161 server).
if ($env:DESKMATE_SIGN_THUMBPRINT) {
    signtool sign /sha1 $env:DESKMATE_SIGN_THUMBPRINT /fd SHA256 `
        /tr $env:DESKMATE_TIMESTAMP_URL /td SHA256 `
        dist\deskmate\deskmate.exe dist\deskmate\deskmate-admin.exe
} else {
    Write-Warning "UNSIGNED build: set DESKMATE_SIGN_THUMBPRINT to sign (SmartScreen will warn)."
}
# Not done yet: an MSI/MSIX around dist\deskmate\ and the Run-key autostart entry
# (desktop/autostart.py writes it per person when they turn on "Start at sign-in").
