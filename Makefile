# The two commands of the README: `make serve` (build and serve the page) and `make test`.
.PHONY: serve test build setup single

serve:
	bash scripts/serve.sh

test:
	bash scripts/test.sh

build:
	bash scripts/setup.sh
	bash scripts/build-wasm.sh
	cargo build --release --bin dxcheck

setup:
	bash scripts/setup.sh --test

# one .html with everything inlined, for air-gapped machines (works from file://)
single:
	bash scripts/setup.sh
	bash scripts/build-wasm.sh
	node scripts/build-single.mjs
