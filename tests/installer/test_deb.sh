#!/bin/sh
# Builds the .deb with CPack, unpacks it into a scratch root (dpkg-deb -x, as a clean machine
# would get it) and runs the installed programs from there: `leadloop-cli --version`, `demo`
# and a report on the demo. Also checks what the package declares and holds.
#
#   tests/installer/test_deb.sh BUILD_DIR SCRATCH_DIR VERSION
set -eu
build=$1
work=$2
version=$3
rm -rf "$work"
mkdir -p "$work"
(cd "$build" && cpack -G DEB -B "$work/pkg" > "$work/cpack.log")
deb=$(ls "$work"/pkg/*.deb)
echo "package: $deb ($(du -h "$deb" | cut -f1))"

control=$(dpkg-deb -f "$deb" Package Version Depends)
echo "$control"
echo "$control" | grep -q "^Package: leadloop$"
echo "$control" | grep -q "^Version: $version$"
# Depends computed from the shared libraries, plus the plugins found at run time.
for dep in libqt6core6 libqt6widgets6 libqt6gui6 libsqlite3-0 libquazip1-qt6 libqt6svg6; do
  echo "$control" | grep -q "$dep" || { echo "Depends lacks $dep"; exit 1; }
done

dpkg-deb -x "$deb" "$work/root"
root=$work/root
for f in usr/bin/leadloop usr/bin/leadloop-cli \
         usr/share/applications/io.leadloop.LeadLoop.desktop \
         usr/share/metainfo/io.leadloop.LeadLoop.metainfo.xml \
         usr/share/mime/packages/io.leadloop.LeadLoop.xml \
         usr/share/icons/hicolor/scalable/apps/io.leadloop.LeadLoop.svg \
         usr/share/icons/hicolor/48x48/apps/io.leadloop.LeadLoop.png \
         usr/share/icons/hicolor/256x256/apps/io.leadloop.LeadLoop.png; do
  test -f "$root/$f" || { echo "missing $f"; exit 1; }
done
# Stripped: no debug sections in the installed programs.
if readelf -S "$root/usr/bin/leadloop-cli" | grep -q debug_info; then
  echo "leadloop-cli is not stripped"; exit 1
fi

"$root/usr/bin/leadloop-cli" --version | grep -qx "leadloop-cli $version"
"$root/usr/bin/leadloop-cli" demo --out "$work/demo.leadloop" > "$work/demo.txt"
grep -q "visitors" "$work/demo.txt"
"$root/usr/bin/leadloop-cli" --workspace "$work/demo.leadloop" --format json headlines \
  | grep -q '"visitors"'
"$root/usr/bin/leadloop-cli" --workspace "$work/demo.leadloop" report --pdf "$work/report.pdf" \
  > /dev/null
test -s "$work/report.pdf"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/leadloop" --version | grep -q "$version"
echo "installed programs ran from $root"
