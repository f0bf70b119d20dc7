#!/bin/sh
# Rebuilds assets/fonts/ (the link-preview images' font) from Debian's DejaVu Sans: Latin, Cyrillic and the
# figures' symbols (≈ ≤ ≥ – № and the no-break spaces uk-UA groups digits with), without hinting, which
# the image renderer does not use. Needs Debian's fonts-dejavu-core and fonttools (apt-get install -y
# fonts-dejavu-core fonttools). Run from the project root; the result is committed, so builds need neither.
set -eu
# The characters kept: one list, which a unit test also reads to check the images' text fits the font.
UNICODES=$(cat assets/fonts/unicodes.txt)
for weight in '' '-Bold'; do
  pyftsubset "/usr/share/fonts/truetype/dejavu/DejaVuSans${weight}.ttf" --unicodes="$UNICODES" \
    --layout-features='kern,liga' --no-hinting --desubroutinize --name-IDs='*' \
    --output-file="assets/fonts/DejaVuSans${weight}-subset.ttf"
done
