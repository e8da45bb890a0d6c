# make run  : install whatever is missing, then open the kiosk in simulator mode.
# make test : install whatever is missing, then run the whole suite.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
SYSSTAMP := $(VENV)/.system-packages

.PHONY: run test lint bench system clean translations package package-lint

# Resident text in six languages: catalogs (Japanese source) -> .ts (translated) -> .qm (built here).
I18N_SOURCES := kiosk/reception/texts.py kiosk/messages.py kiosk/counter/texts.py kiosk/face/quality.py \
                kiosk/i18n/controls.py kiosk/application/texts.py kiosk/application/photo.py
TS := $(foreach locale,en zh_CN ko es pt_BR,assets/i18n/myna_$(locale).ts)
QM := $(TS:.ts=.qm)

run: $(STAMP) $(QM)
	$(VENV)/bin/myna-kiosk run --simulator

# Qt tests open real windows: on a virtual X screen unless a display is already there.
XVFB := $(if $(DISPLAY),,xvfb-run -a -s "-screen 0 1280x1024x24")

# First the tests that need the machine to themselves (the system pcscd, scans of the temp folder),
# one at a time; then all the others on one worker per core.
test: $(STAMP) $(QM)
	$(XVFB) sh -c '$(PY) -m pytest -q -m alone $(PYTEST_ARGS) && $(PY) -m pytest -q -n auto -m "not alone" $(PYTEST_ARGS)'


# ruff with the configured rules, then mypy (strict on kiosk/card, kiosk/flow, drivers/; see pyproject.toml).
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

bench: $(STAMP) $(QM)
	$(PY) bench/card.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/face.py
	$(PY) bench/reception.py
	$(PY) bench/counter.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/screens.py

# After changing a catalog: refresh the .ts files (new texts arrive "unfinished" for the translators).
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $(I18N_SOURCES) -source-language ja -no-obsolete -locations none -ts $(TS)

assets/i18n/%.qm: assets/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# The Debian 12 package (packaging/README.md): the application in its own environment under
# /opt/myna-kiosk, built here from a wheelhouse; the kiosk session's units; nothing downloaded on the
# target. Rebuilt when a source, the translations or the environment changed.
DEB_VERSION ?= $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)-1
DEB_ARCH := $(shell dpkg --print-architecture 2>/dev/null)
DEB := dist/myna-kiosk_$(DEB_VERSION)_$(DEB_ARCH).deb
PACKAGE_INPUTS := pyproject.toml README.md $(QM) $(shell find app kiosk drivers ui simulators packaging installer \
                  -type f ! -path '*/__pycache__/*' ! -name '*.pyc' 2>/dev/null)

package: $(DEB)

$(DEB): $(STAMP) $(PACKAGE_INPUTS)
	DEB_VERSION=$(DEB_VERSION) packaging/build-deb.sh dist

# lintian on the whole .deb (about 4 minutes; tests/package runs its quick form).
package-lint: $(DEB)
	packaging/lint-deb.sh $(DEB)

system:
	installer/install-system-packages.sh

$(SYSSTAMP): installer/runtime-packages.txt installer/system-packages.txt installer/install-system-packages.sh
	installer/install-system-packages.sh
	@mkdir -p $(VENV) && touch $@

$(STAMP): pyproject.toml $(SYSSTAMP)
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	# face_recognition's metadata asks for the dlib sdist; dlib-bin (a dependency above) provides dlib.
	$(PY) -m pip install -q --no-deps 'face_recognition==1.3.0'
	touch $@

clean:
	rm -rf $(VENV) build dist *.egg-info $(QM)
