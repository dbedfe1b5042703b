# The two commands of the README: `make site` and `make test`. Both install what is missing first.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
KB ?= content
OUTPUT ?= output

.PHONY: setup build site test check clean

# libcmark (Markdown) comes from the system; pkg-config tells SwiftPM where it is.
# WeasyPrint prints the audit pack's PDFs, IPAGothic sets their Japanese and poppler-utils'
# pdftotext and pdfinfo let the tests read them back.
setup:
	@if ! dpkg -s libcmark-dev >/dev/null 2>&1 || ! command -v pkg-config >/dev/null 2>&1 \
		|| ! command -v weasyprint >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1 \
		|| ! dpkg -s fonts-ipafont-gothic >/dev/null 2>&1; then \
		echo "Installing libcmark-dev, pkg-config, weasyprint, poppler-utils and fonts-ipafont-gothic"; \
		$(SUDO) apt-get update -q && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
			libcmark-dev pkg-config weasyprint poppler-utils fonts-ipafont-gothic; \
	fi

# The Swift runtime and Foundation linked in: one file that runs without the toolchain's
# libraries, and that starts in half the time (no symbols of a dozen libraries to bind).
build: setup
	$(SWIFT) build -c release --static-swift-stdlib --product isms

site: build
	.build/release/isms build $(KB) --output $(OUTPUT)

check: build
	.build/release/isms check $(KB)

test: setup
	$(SWIFT) test

clean:
	rm -rf .build
	find $(OUTPUT) -mindepth 1 ! -name .gitkeep -exec rm -rf {} +
