# The two commands of the README: `make serve` (build and serve the page) and `make test`.
.PHONY: serve test build setup

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
