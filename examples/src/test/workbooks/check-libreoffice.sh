#!/usr/bin/env bash
# Workbooks as an office meets them, through LibreOffice Calc headless (called by .ci/run):
# (a) the template for the Casarano ambito opens in LibreOffice and is saved again as .xlsx; the
#     saved file keeps its drop-down lists and pianozona reads it (its problems are the empty
#     fields, located, exit 2; never a crash);
# (b) every bundled plan goes to a workbook, is saved again by LibreOffice, and comes back to
#     exactly the YAML the plan converts to directly;
# (c) the same workbook saved by LibreOffice as .ods is refused with a message saying how to
#     save it as .xlsx.
set -euo pipefail
out="$1"
rm -rf "$out"
mkdir -p "$out/lo" "$out/plans"
pz() { java -jar cli/target/pianozona.jar "$@"; }
lo() { # input, format, output folder
  soffice --headless --norestore "-env:UserInstallation=file://$PWD/$out/lo-profile" \
    --convert-to "$2" --outdir "$3" "$1" > "$out/soffice.log" 2>&1 \
    || { cat "$out/soffice.log"; echo "CI: LibreOffice could not convert $1"; exit 1; }
}

# (a) The template.
pz template --framework puglia-v-2022-2024 --ambito 075016 --output "$out/template.xlsx"
lo "$out/template.xlsx" xlsx "$out/lo"
python3 - "$out/template.xlsx" "$out/lo/template.xlsx" <<'PY'
import re, sys, zipfile
def lists(path):
    z = zipfile.ZipFile(path)
    sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
    return sum(len(re.findall(r"<dataValidation ", z.read(n).decode())) for n in sheets)
written, saved = lists(sys.argv[1]), lists(sys.argv[2])
if written < 4 or saved != written:
    sys.exit(f"CI: the template has {written} drop-down lists, {saved} after LibreOffice saved it")
print(f"CI: the template saved by LibreOffice keeps its {saved} drop-down lists")
PY
set +e
pz validate "$out/lo/template.xlsx" > "$out/template.txt" 2>&1
code=$?
set -e
if [ "$code" -ne 2 ] || ! grep -q "template.xlsx:Piano!B3: /id: PZ-DOC-031" "$out/template.txt"; then
  cat "$out/template.txt"; echo "CI: the empty template should give located problems (got $code)"; exit 1
fi
echo "CI: the empty template, saved by LibreOffice, reads with its empty fields located"

# (b) Every bundled plan, through a workbook saved by LibreOffice, and back.
for plan in examples/plans/*.yaml; do
  name="$(basename "${plan%.*}")"
  pz convert "$plan" --to xlsx --output "$out/plans/$name.xlsx" > /dev/null
  lo "$out/plans/$name.xlsx" xlsx "$out/lo"
  pz convert "$out/lo/$name.xlsx" --to yaml --output "$out/plans/$name.back.yaml" > /dev/null
  pz convert "$plan" --to yaml --output "$out/plans/$name.yaml" > /dev/null
  cmp "$out/plans/$name.yaml" "$out/plans/$name.back.yaml" \
    || { diff "$out/plans/$name.yaml" "$out/plans/$name.back.yaml" | head -20;
         echo "CI: $plan changed through a workbook saved by LibreOffice"; exit 1; }
done
echo "CI: every bundled plan survives a workbook saved by LibreOffice"

# (c) LibreOffice's own format is refused with how to save as .xlsx.
lo "$out/plans/puglia-casarano-2022-2024.xlsx" ods "$out/lo"
cp "$out/lo/puglia-casarano-2022-2024.ods" "$out/casarano.xlsx"
set +e
pz validate "$out/casarano.xlsx" > "$out/ods.txt" 2>&1
code=$?
set -e
if [ "$code" -ne 2 ] || ! grep -q "PZ-DOC-128" "$out/ods.txt" || grep -q "Exception" "$out/ods.txt"; then
  cat "$out/ods.txt"; echo "CI: an .ods workbook should be refused with PZ-DOC-128 (got $code)"; exit 1
fi
set +e
pz validate "$out/lo/puglia-casarano-2022-2024.ods" > "$out/ods-ext.txt" 2>&1
code=$?
set -e
if [ "$code" -ne 2 ] || grep -q "Exception" "$out/ods-ext.txt"; then
  cat "$out/ods-ext.txt"; echo "CI: a .ods file should be refused with exit 2 (got $code)"; exit 1
fi
echo "CI: an OpenDocument spreadsheet is refused with how to save it as .xlsx"
