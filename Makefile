# Deskmate developer commands. Each target bootstraps what it needs (venv, apt packages).
SHELL := /bin/bash
PY := .venv/bin/python
DEMO_PROFILE ?= $(CURDIR)/.demo-profile
PYTEST_ARGS ?=

.PHONY: help run test lint typecheck pytest bench bootstrap-run bootstrap-test clean policy-templates \
	translations update-translations

help:
	@echo "make run    start Deskmate in demo mode (bundled catalogue, file-drop helpdesk)"
	@echo "make test   ruff, mypy and every test, GUI and tray tests included"
	@echo "make bench  the benchmark table (bench-results/results.json)"
	@echo "make bench-frozen  frozen onedir size beside the bare tray (two PyInstaller builds)"

bootstrap-run:
	@bash .ci/bootstrap-system run
	@bash .ci/bootstrap-venv
	@$(MAKE) --no-print-directory translations

bootstrap-test:
	@bash .ci/bootstrap-system test
	@bash .ci/bootstrap-venv
	@$(MAKE) --no-print-directory translations

run: bootstrap-run
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
	  echo "No display found. Run 'make run' inside a desktop session, or try it headless:"; \
	  echo "  xvfb-run -a make run"; exit 1; fi
	$(PY) -m desktop.cli --demo --profile-dir "$(DEMO_PROFILE)"

lint: bootstrap-test
	$(PY) -m ruff check desktop ui diagnostics tests benchmarks .ci/screenshots.py .ci/translations.py

typecheck: bootstrap-test
	$(PY) -m mypy
	$(PY) -m mypy --strict .ci/translations.py

pytest: bootstrap-test
	$(PY) -m pytest $(PYTEST_ARGS)

test: lint typecheck pytest

bench: bootstrap-test
	$(PY) -m benchmarks
	$(PY) -m benchmarks.readme_table

clean:
	rm -rf .venv .pytest_cache .mypy_cache .ruff_cache build dist .demo-profile

policy-templates: bootstrap-run
	mkdir -p installer/policy/en-US
	$(PY) -m desktop.admin_cli policy template --format toml > installer/policy/policy.toml
	$(PY) -m desktop.admin_cli policy template --format admx > installer/policy/deskmate.admx
	$(PY) -m desktop.admin_cli policy template --format adml > installer/policy/en-US/deskmate.adml
	$(PY) -m desktop.admin_cli policy template --format mobileconfig > installer/policy/deskmate.mobileconfig

# Compile each translation (.ts, edited with pyside6-linguist) to the .qm the app loads.
QM := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))
translations: $(QM)
resources/translations/%.qm: resources/translations/%.ts
	@.venv/bin/pyside6-lrelease -silent $< -qm $@

# Refresh every .ts (one per language) from every Python file with translatable strings
# (self.tr, QCoreApplication.translate, QT_TRANSLATE_NOOP), keeping existing translations and
# dropping vanished ones. No line numbers: they would change the .ts on every unrelated edit.
# English is the source; deskmate_en.ts holds only its plural forms ("%n minute(s)").
# Then `.ci/translations.py unfinished|apply` lists and fills what is new (docs/translations.md).
LANGUAGES := de fr
TR_SOURCES = $$(.venv/bin/python .ci/translations.py sources)
update-translations: bootstrap-run
	@for lang in $(LANGUAGES); do \
	  .venv/bin/pyside6-lupdate $(TR_SOURCES) -no-obsolete -locations none -source-language en \
	      -target-language $$lang -ts resources/translations/deskmate_$$lang.ts || exit 1; \
	done
	@.venv/bin/pyside6-lupdate $(TR_SOURCES) -no-obsolete -locations none -pluralonly \
	    -source-language en -target-language en -ts resources/translations/deskmate_en.ts

# Frozen build (PyInstaller onedir: dist/deskmate/ with deskmate + deskmate-admin) and its
# smoke test under Xvfb + trayer; `make deb` packages it. Not part of `make test` (slow).
.PHONY: dist deb
DESKMATE_VERSION = $(shell $(PY) -c 'import desktop; print(desktop.__version__)')

dist: bootstrap-test
	rm -rf dist/deskmate
	time $(PY) -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist \
	    --workpath build/pyinstaller installer/deskmate.spec
	du -sh dist/deskmate
	$(PY) installer/smoke_test.py --dist dist/deskmate

deb: dist
	bash installer/linux/build_deb.sh dist/deskmate $(DESKMATE_VERSION) \
	    dist/deskmate_$(DESKMATE_VERSION)_amd64.deb
	du -h dist/deskmate_$(DESKMATE_VERSION)_amd64.deb

# The frozen onedir size row: builds installer/deskmate.spec and installer/bare_tray.spec (same
# filtering, installer/frozen_filter.py) under build/bench-frozen/, measures both with du -sb,
# and merges the row into bench-results/results.json and the README table. Takes minutes.
.PHONY: bench-frozen
bench-frozen: bootstrap-test
	$(PY) -m benchmarks frozen
	$(PY) -m benchmarks.readme_table --merge
