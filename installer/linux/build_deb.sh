#!/usr/bin/env bash
# Package the PyInstaller onedir as a .deb: build_deb.sh DIST_DIR VERSION OUT_DEB
# /opt/deskmate (the onedir), /usr/bin symlinks, menu entry, icon, XDG autostart for
# everyone (runs `deskmate --hidden`) and /etc/deskmate/policy.toml.example.
set -euo pipefail
dist=$1 version=$2 out=$3
here=$(cd "$(dirname "$0")" && pwd)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
chmod 755 "$stage"

install -d "$stage/opt" "$stage/usr/bin" "$stage/DEBIAN"
cp -a "$dist" "$stage/opt/deskmate"
ln -s /opt/deskmate/deskmate "$stage/usr/bin/deskmate"
ln -s /opt/deskmate/deskmate-admin "$stage/usr/bin/deskmate-admin"
install -D -m 644 "$here/deskmate.desktop" "$stage/usr/share/applications/deskmate.desktop"
install -D -m 644 "$here/deskmate.svg" "$stage/usr/share/icons/hicolor/scalable/apps/deskmate.svg"
install -D -m 644 "$here/deskmate-autostart.desktop" "$stage/etc/xdg/autostart/deskmate.desktop"
install -D -m 644 "$here/../policy/policy.toml" "$stage/etc/deskmate/policy.toml.example"
printf '%s\n' /etc/xdg/autostart/deskmate.desktop /etc/deskmate/policy.toml.example \
    > "$stage/DEBIAN/conffiles"

# The onedir bundles every library except those PyInstaller leaves to the system on purpose
# (glibc, OpenGL/EGL, libxcb); glibc must be at least the build machine's.
glibc=$(getconf GNU_LIBC_VERSION | awk '{print $2}')
cat > "$stage/DEBIAN/control" <<CONTROL
Package: deskmate
Version: $version
Architecture: amd64
Maintainer: Deskmate maintainers <deskmate@example.org>
Installed-Size: $(du -sk --exclude=DEBIAN "$stage" | cut -f1)
Depends: libc6 (>= $glibc), libgl1, libegl1, libxcb1, fontconfig-config
Recommends: gnome-keyring | kwalletmanager, fonts-dejavu-core
Section: utils
Priority: optional
Description: IT's partner on every desk
 A tray app for employees: health checks and self-fixes, a signed catalogue of
 approved apps, and help requests that already carry the facts IT asks for first.
CONTROL

mkdir -p "$(dirname "$out")"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$out" >/dev/null
echo "built $out"
