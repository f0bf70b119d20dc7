#!/bin/sh
# Rebuilds assets/fonts/ (the link-preview images' font) from Debian's DejaVu Sans: Latin, Cyrillic and the
# figures' symbols (≈ ≤ ≥ – № and the no-break spaces uk-UA groups digits with), without hinting, which
# the image renderer does not use. Needs Debian's fonts-dejavu-core and fonttools (apt-get install -y
# fonts-dejavu-core fonttools). Run from the project root; the result is committed, so builds need neither.
set -eu
UNICODES='U+0020-007E,U+00A0-00FF,U+02BC,U+0400-045F,U+0490-0491,U+2009-200A,U+2010-2027,U+202F,U+2030,U+2039-203A,U+2116,U+2190-2193,U+2212,U+2248,U+2264-2265'
for weight in '' '-Bold'; do
  pyftsubset "/usr/share/fonts/truetype/dejavu/DejaVuSans${weight}.ttf" --unicodes="$UNICODES" \
    --layout-features='kern,liga' --no-hinting --desubroutinize --name-IDs='*' \
    --output-file="assets/fonts/DejaVuSans${weight}-subset.ttf"
done
