#!/usr/bin/env bash
# Builds the plugin in Release against a nopCommerce 4.90 source tree you already have, and writes
# artifacts/Misc.SalesCommission.zip: one root folder, Misc.SalesCommission, holding plugin.json, the dlls,
# views, content and locale resources - what Admin > Configuration > Local plugins > "Upload plugin or theme" takes.
#
#   build/pack.sh --nop-src /path/to/nopCommerce/src [--framework net10.0]
#
# --framework is only needed when that tree targets another framework than net9.0.
# The script neither builds nor fetches nopCommerce: build that tree in Release first
# (dotnet build NopCommerce.sln -c Release, from its src folder).
set -euo pipefail

usage() {
  echo "usage: $0 --nop-src DIR [--framework TFM]" >&2
  exit 2
}

nop_src=""
framework=""
while [ $# -gt 0 ]; do
  case "$1" in
    --nop-src) [ $# -ge 2 ] || usage; nop_src="$2"; shift 2 ;;
    --nop-src=*) nop_src="${1#*=}"; shift ;;
    --framework) [ $# -ge 2 ] || usage; framework="$2"; shift 2 ;;
    --framework=*) framework="${1#*=}"; shift ;;
    -h|--help) usage ;;
    *) echo "unknown argument: $1" >&2; usage ;;
  esac
done

[ -n "$nop_src" ] || usage
if [ ! -f "$nop_src/Presentation/Nop.Web/Nop.Web.csproj" ]; then
  echo "not a nopCommerce src folder (no Presentation/Nop.Web/Nop.Web.csproj): $nop_src" >&2
  exit 2
fi
nop_src="$(cd "$nop_src" && pwd)"
if ! compgen -G "$nop_src/Presentation/Nop.Web/bin/Release/*/Nop.Web.dll" > /dev/null; then
  echo "nopCommerce is not built in Release in $nop_src; run 'dotnet build NopCommerce.sln -c Release' there first" >&2
  exit 2
fi

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
plugin_folder="Misc.SalesCommission"
artifacts="$repo/artifacts"
stage="$artifacts/stage"
zip_path="$artifacts/$plugin_folder.zip"

rm -rf "$stage" "$zip_path"
mkdir -p "$stage/$plugin_folder"

# The engine first, then the plugin alone: its references are used as they are, so nopCommerce is not rebuilt.
dotnet build "$repo/Nop.Plugin.Misc.SalesCommission.Engine/Nop.Plugin.Misc.SalesCommission.Engine.csproj" -c Release --nologo

build_args=(
  "$repo/Nop.Plugin.Misc.SalesCommission/Nop.Plugin.Misc.SalesCommission.csproj"
  -c Release
  --nologo
  -p:BuildProjectReferences=false
  "-p:NopSrc=$nop_src"
  "-p:NopPluginOutDir=$stage/$plugin_folder"
)
[ -z "$framework" ] || build_args+=("-p:NopTargetFramework=$framework")

dotnet build "${build_args[@]}"

for required in plugin.json Nop.Plugin.Misc.SalesCommission.dll Nop.Plugin.Misc.SalesCommission.Engine.dll; do
  if [ ! -f "$stage/$plugin_folder/$required" ]; then
    echo "the build left no $required in $stage/$plugin_folder" >&2
    exit 1
  fi
done

# Debug symbols and the engine's XML docs are of no use in a store.
find "$stage/$plugin_folder" -type f \( -name '*.pdb' -o -name 'Nop.Plugin.Misc.SalesCommission.Engine.xml' \) -delete

(
  cd "$stage"
  if command -v zip > /dev/null; then
    zip -qr -X "$zip_path" "$plugin_folder"
  else
    python3 - "$zip_path" "$plugin_folder" <<'PY'
import os, sys, zipfile
zip_path, folder = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as archive:
    for root, _, files in os.walk(folder):
        for name in sorted(files):
            path = os.path.join(root, name)
            archive.write(path, path.replace(os.sep, "/"))
PY
  fi
)

rm -rf "$stage"
echo "wrote $zip_path"
