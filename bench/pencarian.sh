#!/usr/bin/env bash
# Search, issue 21: relevance (bench/relevansi.sh) and latency, round trips and bytes (bench/cari.sh), Warta against
# Pagefind 1.6.0 on the same pages and region, both tables from one command (bench/README.md).
#
#   bench/pencarian.sh                   relevance on the sample and 1,000 releases; latency at 1,000 and 10,000
#   SIZES="1000" bench/pencarian.sh      latency at 1,000 only
set -euo pipefail
cd "$(dirname "$0")/.."
echo "######## relevance: nDCG@10 and share of judged results in the top 10"
bench/relevansi.sh
echo
echo "######## latency, round trips and bytes"
SIZES="${SIZES:-1000 10000}" bench/cari.sh
