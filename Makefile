# The book and course of a garbage collector built the way CPython's is.
# `make` installs what is missing and builds everything; `make check` is the
# whole gate.  `make help` lists the targets.

.DEFAULT_GOAL := all
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
MAKEFLAGS += --no-print-directory

# The Debian packages the project needs.
PACKAGES := gcc make check pkg-config lcov pandoc graphviz valgrind python3 \
            weasyprint clang libclang-rt-14-dev gnuplot-nox \
            python3-jsonschema python3-objgraph libxml2-utils epubcheck poppler-utils chromium

# Build variants: debug (the default, with the misuse checks), asan (address
# and undefined-behaviour sanitizers), coverage (gcov counters).
VARIANT ?= debug
# PYMALLOC=0 passes every allocation to malloc instead of the small-object
# allocator (chapter 6), as PYTHONMALLOC=malloc does for CPython: the Python
# programs are then compared with python3 run that way.
PYMALLOC ?= 1
OUT := build/$(VARIANT)$(if $(filter 0,$(PYMALLOC)),-malloc)
CC ?= cc
WARNINGS := -std=c11 -Wall -Wextra -Wpedantic -Werror
CFLAGS_debug := -O0 -g
CFLAGS_asan := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
               -fno-sanitize-recover=all
CFLAGS_coverage := -O0 -g --coverage
CFLAGS_release := -O2 -g -DNDEBUG
LDFLAGS_asan := -fsanitize=address,undefined
LDFLAGS_coverage := --coverage
CFLAGS_ALL = $(WARNINGS) $(CFLAGS_$(VARIANT)) -DWITH_PYMALLOC=$(PYMALLOC) -Isrc $(MINIPY_INCLUDES) -MMD -MP
CHECK_LIBS = $(shell pkg-config --cflags --libs check 2>/dev/null)

LIB_SRC := $(wildcard src/*.c)
LIB_OBJ := $(LIB_SRC:src/%.c=$(OUT)/obj/%.o)
LIB := $(OUT)/libminigc.a
TEST_SRC := $(wildcard tests/unit/test_*.c)
TEST_BIN := $(TEST_SRC:tests/unit/%.c=$(OUT)/tests/%)
# What every test program links besides its own file: the runner (main.c)
# and the helpers of tests/unit/ (any file not named test_*).
TEST_SUPPORT := $(patsubst tests/unit/%.c,$(OUT)/obj/tests/%.o,\
                  $(filter-out tests/unit/test_%,$(wildcard tests/unit/*.c)))
# The Python-subset runner (src/minipy/): build/<variant>/bin/minipy, and
# build/bin/minipy, the optimized one a reader runs.
MINIPY_PARTS := front eval objects modules
MINIPY_SRC := $(wildcard src/minipy/*.c $(MINIPY_PARTS:%=src/minipy/%/*.c))
MINIPY_HDR := $(wildcard src/minipy/*.h $(MINIPY_PARTS:%=src/minipy/%/*.h))
MINIPY_INCLUDES := -Isrc/minipy $(MINIPY_PARTS:%=-Isrc/minipy/%)
MINIPY_OBJ := $(MINIPY_SRC:src/%.c=$(OUT)/obj/%.o)
MINIPY := $(OUT)/bin/minipy
EXAMPLE_SRC := $(wildcard src/examples/*.c)
EXAMPLE_BIN := $(EXAMPLE_SRC:src/examples/%.c=$(OUT)/examples/%)

# Coverage thresholds that `make check` enforces on src/.
COVERAGE_MIN_LINES := 95
COVERAGE_MIN_FUNCTIONS := 100
LCOV_RC := --rc lcov_branch_coverage=1
# lcov 1.16's geninfo warns about its own redefined subroutines; hide that.
LCOV_QUIET := 2> >(grep -v 'redefined at' >&2)
# Seconds a Python program may run in the tests; valgrind runs the million-
# object programs some fifty times slower (about three minutes).
PROGRAM_TIMEOUT := 120
VALGRIND_PROGRAM_TIMEOUT := 900
# Valgrind runs one Python program in this many (a fixed share, chosen by
# name); the unit tests and examples it runs whole.  ASan+UBSan and the
# optimized runner run every program, so the slow pass stays proportionate
# as the programs grow.
VALGRIND_PROGRAM_SAMPLE := 4
# python3's result for a program is computed once per gate and reused by
# every build that runs the programs (tests/python/run.py --python-cache).
PYTHON_CACHE ?= $(abspath build/python3-cache)
# The gate's stage snapshots run every program of a stage's own chapter and
# one in this many of the earlier chapters' (a different share at each
# stage); the full tree has run them all.  `make stage N` runs them all.
STAGE_EARLIER_SAMPLE := 4
VALGRIND := valgrind --quiet --error-exitcode=99 --leak-check=full \
            --errors-for-leak-kinds=definite --child-silent-after-fork=yes

.SECONDARY:

# The chapters that have code: 01, 02, ...
CHAPTERS := $(sort $(patsubst chapters/%,%,$(wildcard chapters/[0-9][0-9]-*.md)))
STAGE_NUMBERS := $(filter-out 0,$(patsubst 0%,%,$(foreach c,$(CHAPTERS),$(firstword $(subst -, ,$(c))))))

# `make stage N`: the N is an argument, not a target.
ifeq (stage,$(firstword $(MAKECMDGOALS)))
  STAGE_N := $(word 2,$(MAKECMDGOALS))
  $(eval $(STAGE_N):;@:)
endif

.PHONY: all help deps build lib tests examples runner python-tests test run-tests asan valgrind \
        coverage coverage-check check clean book book-check stage stages bench

all: deps ## install what is missing; build the library, tests, examples and book
	@$(MAKE) build
	@$(MAKE) book
	@echo "Built. Run the tests with 'make test', the whole gate with 'make check'."

help: ## list the targets
	@grep -hE '^[a-z-]+:.*## ' Makefile | \
	  awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

deps: ## install the Debian packages the project needs, if any is missing
	@missing=""; \
	for pkg in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}' "$$pkg" 2>/dev/null | grep -q 'ok installed' || \
	    missing="$$missing $$pkg"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	echo "Missing packages:$$missing"; \
	if [ "$$(id -u)" = 0 ]; then sudo=""; \
	elif sudo -n true 2>/dev/null; then sudo="sudo -n"; \
	else echo "Please run: sudo apt-get install -y$$missing" >&2; exit 1; fi; \
	$$sudo apt-get update -qq; \
	DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq$$missing

build: lib tests examples runner $(if $(MINIPY_SRC),build/bin/minipy) ## build without the install step

lib: $(LIB) ## the runtime library, build/<variant>/libminigc.a
tests: $(TEST_BIN)
examples: $(EXAMPLE_BIN)
runner: $(if $(MINIPY_SRC),$(MINIPY))

$(OUT)/obj/%.o: src/%.c
	@mkdir -p $(@D)
	@echo "  cc  $< ($(VARIANT))"
	@$(CC) $(CFLAGS_ALL) -c $< -o $@

$(LIB): $(LIB_OBJ)
	@rm -f $@
	@ar rcs $@ $^

$(MINIPY): $(MINIPY_OBJ) $(LIB)
	@mkdir -p $(@D)
	@$(CC) $(CFLAGS_ALL) $(LDFLAGS_$(VARIANT)) $^ -lpthread -o $@

build/bin/minipy: $(MINIPY_SRC) $(MINIPY_HDR) $(wildcard src/*.c src/*.h)
	@$(MAKE) VARIANT=release build/release/bin/minipy
	@mkdir -p $(@D)
	@cp build/release/bin/minipy $@.new && mv $@.new $@

$(OUT)/obj/tests/%.o: tests/unit/%.c
	@mkdir -p $(@D)
	@echo "  cc  $< ($(VARIANT))"
	@$(CC) $(CFLAGS_ALL) -D_POSIX_C_SOURCE=200809L -c $< -o $@

$(OUT)/tests/%: $(OUT)/obj/tests/%.o $(TEST_SUPPORT) $(LIB)
	@mkdir -p $(@D)
	@$(CC) $(CFLAGS_ALL) $(LDFLAGS_$(VARIANT)) $^ $(CHECK_LIBS) -o $@

# A unit test of the runner (tests/unit/test_runner_*.c) links the runner's
# objects too, all but its main.c.
RUNNER_OBJ := $(filter-out $(OUT)/obj/minipy/main.o,$(MINIPY_OBJ))
$(OUT)/tests/test_runner_%: $(OUT)/obj/tests/test_runner_%.o $(TEST_SUPPORT) $(RUNNER_OBJ) $(LIB)
	@mkdir -p $(@D)
	@$(CC) $(CFLAGS_ALL) $(LDFLAGS_$(VARIANT)) $^ $(CHECK_LIBS) -lpthread -o $@

$(OUT)/examples/%: src/examples/%.c $(LIB)
	@mkdir -p $(@D)
	@echo "  cc  $< ($(VARIANT))"
	@$(CC) $(CFLAGS_ALL) $(LDFLAGS_$(VARIANT)) $^ -o $@

-include $(shell find build -name '*.d' 2>/dev/null)

# Run every unit test program of the current variant, then every example.
# A passing program prints one line; a failing one prints each failure.
run-tests: tests examples runner
	@failed=0; \
	for t in $(TEST_BIN); do \
	  log=$$t.log; \
	  if CK_VERBOSITY=normal $(RUNNER) $$t >$$log 2>&1; then \
	    printf '  ok    %-14s %s\n' "$$(basename $$t)" "$$(grep -o 'Checks: [0-9]*' $$log)"; \
	  else \
	    printf '  FAIL  %s\n' "$$(basename $$t)"; sed 's/^/        /' $$log; failed=1; \
	  fi; \
	done; \
	for e in $(EXAMPLE_BIN); do $(RUNNER) $$e >/dev/null || { echo "example $$e failed"; failed=1; }; done; \
	if [ -n "$(MINIPY_SRC)" ]; then \
	  $(if $(filter 0,$(PYMALLOC)),PYTHONMALLOC=malloc) \
	  python3 tests/python/run.py --runner "$(filter-out CK_FORK=no,$(RUNNER)) $(MINIPY)" \
	    --timeout $(PROGRAM_TIMEOUT) $(if $(PROGRAM_SAMPLE),--sample $(PROGRAM_SAMPLE)) \
	    --python-cache $(PYTHON_CACHE) $(if $(EARLIER_SAMPLE),--earlier-sample $(EARLIER_SAMPLE)) \
	    $(if $(STAGE_NUMBERS),--stage $(lastword $(STAGE_NUMBERS))) || failed=1; \
	fi; \
	exit $$failed

test: deps ## the quick loop: build and run the unit tests
	@$(MAKE) run-tests

asan: deps ## run the unit tests under AddressSanitizer + UBSan
	@$(MAKE) VARIANT=asan run-tests

valgrind: deps ## the unit tests, examples and one Python program in VALGRIND_PROGRAM_SAMPLE under memcheck
	@$(MAKE) RUNNER="CK_FORK=no $(VALGRIND)" PROGRAM_TIMEOUT=$(VALGRIND_PROGRAM_TIMEOUT) \
	  PROGRAM_SAMPLE=$(VALGRIND_PROGRAM_SAMPLE) run-tests

coverage: deps ## coverage of src/ by the unit tests: build/coverage/index.html
	@rm -rf build/coverage build/coverage*.info
	@find build/coverage-obj -name '*.gcda' -delete 2>/dev/null || true
	@$(MAKE) VARIANT=coverage OUT=build/coverage-obj run-tests
	@lcov --quiet $(LCOV_RC) $(LCOV_QUIET) --capture --directory build/coverage-obj/obj \
	  --base-directory . --include "$(CURDIR)/src/*" --output-file build/coverage-all.info
	@lcov --quiet $(LCOV_RC) $(LCOV_QUIET) --remove build/coverage-all.info "$(CURDIR)/src/minipy/*" \
	  --output-file build/coverage.info
	@genhtml --quiet $(LCOV_RC) build/coverage-all.info --output-directory build/coverage
	@echo "The runtime and collector (src/*.c), by the unit tests and the Python programs:"
	@lcov $(LCOV_RC) --summary build/coverage.info 2>&1 | grep -E 'lines|functions|branches'
	@if [ -n "$(MINIPY_SRC)" ]; then \
	  echo "The runner (src/minipy/), by the Python programs (reported, not enforced):"; \
	  lcov --quiet $(LCOV_RC) $(LCOV_QUIET) --extract build/coverage-all.info "$(CURDIR)/src/minipy/*" \
	    --output-file build/coverage-minipy.info; \
	  lcov $(LCOV_RC) --summary build/coverage-minipy.info 2>&1 | grep -E 'lines|functions|branches'; \
	fi
	@echo "Report: build/coverage/index.html"
	@$(MAKE) -s VARIANT=debug lib
	@$(GRADE) --build build/grade-coverage --coverage $(GRADE_ARGS) | \
	  sed -n '/^Line coverage/,/^$$/p'

coverage-check: coverage
	@summary=$$(lcov $(LCOV_RC) --summary build/coverage.info 2>&1); \
	lines=$$(sed -n 's/.*lines[.]*: \([0-9.]*\)%.*/\1/p' <<<"$$summary"); \
	functions=$$(sed -n 's/.*functions[.]*: \([0-9.]*\)%.*/\1/p' <<<"$$summary"); \
	awk -v l="$$lines" -v f="$$functions" -v ml=$(COVERAGE_MIN_LINES) -v mf=$(COVERAGE_MIN_FUNCTIONS) \
	  'BEGIN { if (l < ml || f < mf) { printf "coverage too low: lines %s%% (need %s%%), functions %s%% (need %s%%)\n", l, ml, f, mf; exit 1 } }'

# The gate's steps, in order; each is a make invocation.  The steps that
# compile build on every core (the grader, which coverage-check also runs,
# and the book run their own commands).
GATE_JOBS := -j$(shell nproc)
GATE := "unit tests:$(GATE_JOBS) run-tests" \
        "python programs, optimized runner:$(GATE_JOBS) python-tests" \
        "AddressSanitizer + UBSan:$(GATE_JOBS) VARIANT=asan run-tests" \
        "valgrind memcheck:$(GATE_JOBS) valgrind" \
        "unit tests on malloc, without the small-object allocator:$(GATE_JOBS) PYMALLOC=0 run-tests" \
        "coverage of src/:coverage-check" \
        "exercises, solutions earn every point:grade-solutions" \
        "exercises, starters earn nothing:grade-starters" \
        "the grader, against bad submissions:grader-check" \
        "the fuzz corpus:fuzz-replay" \
        "stage snapshots:$(GATE_JOBS) stages EARLIER_SAMPLE=$(STAGE_EARLIER_SAMPLE)" \
        "the book, checked as listings, EPUB, PDF and web pages:book-check"

python-tests: deps build/bin/minipy ## run tests/python with build/bin/minipy and python3, compare
	@python3 tests/python/run.py --runner build/bin/minipy --python-cache $(PYTHON_CACHE) \
	  $(if $(STAGE_NUMBERS),--stage $(lastword $(STAGE_NUMBERS)))

check: deps ## the whole gate: tests, sanitizers, valgrind, coverage
	@for step in $(GATE); do \
	  echo "== $${step%%:*}"; started=$$SECONDS; \
	  if ! eval $(MAKE) $${step#*:}; then \
	    echo "make check: FAIL ($${step%%:*})"; exit 1; \
	  fi; \
	  echo "   ($$((SECONDS - started)) s)"; \
	done; \
	echo "make check: PASS in $$SECONDS s"

book: deps ## the book from chapters/: HTML, EPUB and PDF under build/book/
	@python3 book/tools/build_book.py

book-check: book ## the book, then its listings against src/, epubcheck on its EPUB, a check of the PDF's pages and of the web pages in Chromium
	@python3 book/tools/check_book.py
	@python3 book/tools/check_html.py --self-test
	@python3 book/tools/check_html.py

stage: deps ## make stage N: build and test the code as of chapter N (build/stages/NN)
	@test -n "$(STAGE_N)" || { echo "usage: make stage N" >&2; exit 1; }
	@python3 book/tools/stage.py $(STAGE_N)
	@$(MAKE) -C build/stages/$$(printf %02d $(STAGE_N)) run-tests PYTHON_CACHE=$(PYTHON_CACHE)

stages: deps ## build and test every chapter's code snapshot
	@for n in $(STAGE_NUMBERS); do echo "-- stage $$n"; $(MAKE) stage $$n || exit 1; done

# Exercises (tests/exercises/): grade the student's files with the graded
# tests.  CH=N grades one chapter, EX=name one exercise, EXTRA_TESTS=dir adds
# a teacher's tests (dir/NN-slug/test_NAME.c).  The grader's own options are
# named GRADE_*, so that no other variable (such as VALGRIND, the command of
# `make valgrind`) turns them on: GRADE_SOURCE=dir grades the files of dir
# instead of exercises/ (a student's submission, say), GRADE_TEST=name runs
# one test of EX, GRADE_TIMEOUT=s and GRADE_BUDGET=s bound a test and an
# exercise's tests, GRADE_EXPECT=all|none sets the exit status (all: 0 only
# if every test passed), GRADE_COVERAGE=1 prints the line coverage of each
# graded file, GRADE_VALGRIND=1 runs each test under memcheck.
GRADE := python3 tests/exercises/grade.py
GRADE_ARGS = $(if $(CH),--chapter $(CH)) $(if $(EX),--exercise $(EX)) \
             $(if $(EXTRA_TESTS),--extra-tests $(EXTRA_TESTS)) \
             $(if $(GRADE_TEST),--test $(GRADE_TEST)) \
             $(if $(GRADE_TIMEOUT),--timeout $(GRADE_TIMEOUT)) \
             $(if $(GRADE_BUDGET),--budget $(GRADE_BUDGET)) \
             $(if $(filter 1,$(GRADE_COVERAGE)),--coverage) \
             $(if $(filter 1,$(GRADE_VALGRIND)),--valgrind)
# The starters as first given: the student pack's copy if this is one (a
# student's exercises/ holds their work), else exercises/.
STARTERS := $(if $(wildcard tests/exercises/starters),tests/exercises/starters,exercises)

.PHONY: grade grade-solutions grade-starters grade-bad grader-check hint reset student-pack classroom

grade: deps ## grade your exercises (CH=N, EX=name, EXTRA_TESTS=dir, GRADE_COVERAGE=1, GRADE_VALGRIND=1)
	@$(MAKE) -s VARIANT=debug lib
	@$(GRADE) $(if $(GRADE_SOURCE),--source $(GRADE_SOURCE)) \
	  $(if $(GRADE_EXPECT),--expect $(GRADE_EXPECT)) $(GRADE_ARGS)

grade-solutions: deps ## the reference solutions must earn every point
	@if [ ! -d solutions ]; then echo "No solutions/ here (a student pack): skipped."; exit 0; fi; \
	$(MAKE) -s VARIANT=debug lib && \
	$(GRADE) --source solutions --build build/grade-solutions --expect all --no-warnings $(GRADE_ARGS)

grade-starters: deps ## the untouched starters must compile and earn nothing
	@$(MAKE) -s VARIANT=debug lib
	@$(GRADE) --source $(STARTERS) --build build/grade-starters --expect none --no-warnings \
	  $(GRADE_ARGS) >/dev/null
	@echo "The starters ($(STARTERS)/) compile and earn 0 points."

grade-bad: deps ## grade the bad submissions of tests/exercises/bad/: exact points and messages
	@$(MAKE) -s VARIANT=debug lib
	@python3 tests/exercises/bad_suite.py

grader-check: grade-bad ## the grader: bad submissions, its formats, Ctrl-C and SIGTERM, reset, no valgrind unless asked
	@python3 tests/exercises/check_grader.py

hint: ## the next hint of exercise EX (make hint EX=pair; RESET=1 starts over)
	@python3 tests/exercises/hint.py $(EX) $(if $(RESET),--reset)

reset: ## put exercise EX's starter back as given (yours is kept in build/reset/)
	@python3 tests/exercises/reset.py $(EX)

classroom: deps ## build/classroom/autograding.json: a GitHub Classroom test per graded test
	@$(MAKE) -s VARIANT=debug lib
	@$(GRADE) --build build/classroom --classroom build/classroom/autograding.json

# The pack is the last commit without solutions/, plus what is generated
# from it: the starters as first given (for `make reset`) and the Classroom
# configuration.
PACK := build/student-pack/collecting-cycles

student-pack: deps ## build/student.tar.gz: the course without solutions/, to hand out
	@$(MAKE) -s VARIANT=debug lib
	@rm -rf build/student-pack && mkdir -p $(PACK)
	@git archive --format=tar HEAD -- . ':(exclude)solutions' | tar -x -C $(PACK)
	@cd $(PACK)/exercises && find . -name '*.c' | \
	  while read -r f; do install -D -m 644 "$$f" "../tests/exercises/starters/$$f"; done
	@$(GRADE) --build build/classroom --classroom $(PACK)/.github/classroom/autograding.json
	@tar -C build/student-pack -czf build/student.tar.gz collecting-cycles
	@echo "build/student.tar.gz: $$(tar tzf build/student.tar.gz | wc -l) files, no solutions/"

# The fuzzers (libFuzzer, with clang, ASan and UBSan): `heap` drives the
# oracle of tests/unit/heap_ops.c with programs made from random bytes;
# `minipy` runs random bytes as Python programs.  Each keeps its corpus in
# tests/fuzz/, replayed by `make check`.  `make fuzz FUZZ=heap` picks one.
FUZZ ?= minipy
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := heap minipy
FUZZ_SRC_heap := $(LIB_SRC) tests/unit/heap_ops.c tests/fuzz/fuzz_heap.c
FUZZ_SRC_minipy := $(LIB_SRC) $(filter-out src/minipy/main.c,$(MINIPY_SRC)) tests/fuzz/fuzz_minipy.c
FUZZ_OPTIONS_heap := -max_len=1024
FUZZ_OPTIONS_minipy := -max_len=4096 -timeout=20 -close_fd_mask=2 -dict=tests/fuzz/python.dict

define FUZZER_RULE
build/fuzz/fuzz_$(1): $$(FUZZ_SRC_$(1)) $$(wildcard src/*.h tests/unit/*.h) $(MINIPY_HDR)
	@mkdir -p $$(@D)
	@echo "  clang  $$@ (libFuzzer + ASan + UBSan)"
	@clang $$(WARNINGS) -g -O1 -fsanitize=fuzzer,address,undefined \
	  -fno-sanitize-recover=all -Isrc $(MINIPY_INCLUDES) -Itests/unit $$(FUZZ_SRC_$(1)) -lpthread -o $$@
endef
$(foreach t,$(FUZZ_TARGETS),$(eval $(call FUZZER_RULE,$(t))))

.PHONY: fuzz fuzz-replay
fuzz: deps build/fuzz/fuzz_$(FUZZ) ## fuzz FUZZ (minipy or heap) for FUZZ_SECONDS (60); finds join its corpus
	@mkdir -p tests/fuzz/corpus-$(FUZZ)
	@build/fuzz/fuzz_$(FUZZ) -max_total_time=$(FUZZ_SECONDS) $(FUZZ_OPTIONS_$(FUZZ)) \
	  -print_final_stats=1 -artifact_prefix=build/fuzz/ tests/fuzz/corpus-$(FUZZ)

fuzz-replay: deps $(FUZZ_TARGETS:%=build/fuzz/fuzz_%) ## run every saved fuzz input once
	@for t in $(FUZZ_TARGETS); do \
	  corpus=tests/fuzz/corpus-$$t; \
	  if build/fuzz/fuzz_$$t -runs=0 $$corpus >build/fuzz/replay-$$t.log 2>&1; then \
	    echo "  ok    fuzz corpus of $$t: $$(ls $$corpus | wc -l) inputs replayed"; \
	  else tail -40 build/fuzz/replay-$$t.log; exit 1; fi; \
	done

# Benchmarks (tests/bench/): one program per workload, built optimized
# (VARIANT=release).  `NAME DIR` prints its tables in Markdown and may write
# DIR/NAME.tsv, which tests/bench/NAME.gp, if there is one, plots as
# DIR/NAME.svg.  BENCH=name runs one workload; BENCH_OUT=dir writes elsewhere
# (the book's build keeps its own run); BENCH_MAX_OBJECTS=n stops the
# heap sizes of those that grow them at n (the book's run stops at 10^6).
BENCH_SRC := $(wildcard tests/bench/*.c)
BENCH ?= $(BENCH_SRC:tests/bench/%.c=%)
BENCH_OUT ?= build/bench
BENCH_MAX_OBJECTS ?=

$(OUT)/bench/%: tests/bench/%.c $(LIB)
	@mkdir -p $(@D)
	@echo "  cc  $< ($(VARIANT))"
	@$(CC) $(CFLAGS_ALL) -D_POSIX_C_SOURCE=200809L $(LDFLAGS_$(VARIANT)) $^ -o $@

bench: deps ## run the benchmarks (BENCH=name for one): build/bench/results.md and plots
	@test -n "$(BENCH)" || { echo "No benchmarks in tests/bench/ at this stage."; exit 0; }; \
	$(MAKE) VARIANT=release $(BENCH:%=build/release/bench/%) build/release/bin/minipy; \
	mkdir -p $(BENCH_OUT); \
	for b in $(BENCH); do \
	  echo "== $$b"; \
	  BENCH_MAX_OBJECTS=$(BENCH_MAX_OBJECTS) build/release/bench/$$b $(BENCH_OUT) | tee $(BENCH_OUT)/$$b.md; \
	  if [ -f tests/bench/$$b.gp ]; then \
	    gnuplot -e "data='$(BENCH_OUT)/$$b.tsv'; output='$(BENCH_OUT)/$$b.svg'" tests/bench/$$b.gp; \
	    echo "Plot: $(BENCH_OUT)/$$b.svg"; \
	  fi; \
	done; \
	{ echo "# Benchmarks"; echo; for b in $(BENCH); do cat $(BENCH_OUT)/$$b.md; done; } \
	  > $(BENCH_OUT)/results.md; \
	echo "Results: $(BENCH_OUT)/results.md"

# `make install PREFIX=...`: the runner, the library (optimized) and its
# headers, for programs of your own.
PREFIX ?= /usr/local
.PHONY: install
install: build/bin/minipy ## install minipy, libminigc.a and the headers under PREFIX (/usr/local)
	@$(MAKE) VARIANT=release lib
	@install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include/minigc
	@install -m 755 build/bin/minipy $(DESTDIR)$(PREFIX)/bin/minipy
	@install -m 644 build/release/libminigc.a $(DESTDIR)$(PREFIX)/lib/libminigc.a
	@install -m 644 src/*.h $(DESTDIR)$(PREFIX)/include/minigc/
	@echo "Installed minipy, libminigc.a and include/minigc/ under $(DESTDIR)$(PREFIX)"

clean: ## remove build/
	rm -rf build
