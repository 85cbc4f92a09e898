#!/usr/bin/env bash
# Search benchmark of the Elasticsearch adapter: a real Elasticsearch 8 node started in the benchmark's JVM (the
# one the tests use, search/ElasticsearchNode), the adapter over HTTP with the official Java client. Indexes the
# real generated files of the corpus specs as artifacts of simulated runs (three organisations) and measures
# searches with highlights and facets. Prints the indexing rate, search p50/p95/max and the load average.
#
#   bench/search-elasticsearch.sh [ARTIFACTS] [QUERIES]      # defaults: 10000 artifacts, 1000 searches
#
# Target (issue 12): search p95 <= 50 ms with 10,000 artifacts indexed.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

specs=(bug-tracker.jdl library.jh online-shop.jh northwind-jdl.jh Oracle-Human-Resources-sample.jdl space.jdl)
bench_compile
bench_java -Xmx"${BENCH_HEAP:-1g}" ElasticsearchSearchBenchmark "${1:-10000}" "${2:-1000}" "${specs[@]/#/$corpus/}"
