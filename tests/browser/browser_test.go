// Package browser is the real-browser test of the notebook UI: Debian's
// `jupyter notebook` (the classic UI of notebook 6) serves a course notebook,
// headless Chromium opens it with the gonotes kernel, runs every cell from
// the Cell menu, waits until the kernel is idle, and checks what a student
// sees: every cell ran, the expected outputs are on the page, no error
// output is. A screenshot of the page is kept in artifacts/.
//
//	go test .                                  # from tests/browser (make browser-test)
//	go test . -args -notebook ../../notebooks/02-....ipynb
//	go test . -args -screenshot ../../docs/screenshot.png   # make screenshot
//
// The test lives in a module of its own so that chromedp, a test-only
// dependency, stays out of gonotes' go.mod.
package browser

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

var (
	flagNotebook   = flag.String("notebook", "", "the notebook to run (default: a course notebook from notebooks/, else tests/testdata/smoke.ipynb)")
	flagArtifacts  = flag.String("artifacts", "artifacts", "folder for the screenshot and the logs of the run")
	flagScreenshot = flag.String("screenshot", "", "also write the README screenshot, a 1200px wide PNG, to this `path`")
	flagShotCell   = flag.String("screenshot-cell", "", "scroll the README screenshot to the first code cell whose source contains this `text`")
)

// courseNotebooks are the course notebooks the test prefers, in order; the
// first one that exists is run. Any other notebooks/*.ipynb comes next, and
// the smoke notebook when notebooks/ has none.
var courseNotebooks = []string{
	"01-processes-and-threads.ipynb",
}

// expectations lists, per notebook file name, text that must be visible in
// the outputs after Run All. Every notebook also gets the generic checks:
// each code cell ran in order, each cell that has stored outputs shows
// output, and no cell shows an error unless it is tagged raises-exception.
var expectations = map[string][]string{
	"smoke.ipynb": {"[0 1 4]", "스레드 완료"},
	"01-processes-and-threads.ipynb": {
		// The first Go cell, queue and worker threads, sync.Mutex.
		"GOMAXPROCS =", "처리완료", "counter = 1000",
		// A Semaphore around a Lock-guarded pool, a buffered channel as a
		// semaphore.
		"획득 : ", "반환 : ", "동시에 일한 고루틴 수의 최댓값:",
		// The deadlock, broken by AcquireTimeout; then the same locks taken
		// in the same order.
		"두 번째 락을 얻지 못했다 → 데드락", "스레드 A : 완료", "스레드 B : 완료",
	},
}

// Time limits that keep a hung browser or kernel from hanging CI; none of
// them is an assertion about speed.
const (
	wholeTest   = 110 * time.Second
	kernelReady = 60 * time.Second
)

type cellState struct {
	Index   int      `json:"index"`
	Type    string   `json:"type"`
	Source  string   `json:"source"`
	Prompt  string   `json:"prompt"`
	Running bool     `json:"running"`
	Outputs int      `json:"outputs"`
	Text    string   `json:"text"`
	Errors  []string `json:"errors"`
	Visible bool     `json:"visible"`
	Tags    []string `json:"tags"`
}

// notebookFile is the part of an .ipynb file the test reads.
type notebookFile struct {
	Cells []struct {
		CellType string            `json:"cell_type"`
		Source   json.RawMessage   `json:"source"`
		Outputs  []json.RawMessage `json:"outputs"`
		Metadata struct {
			Tags []string `json:"tags"`
		} `json:"metadata"`
	} `json:"cells"`
	Metadata struct {
		Kernelspec struct {
			Name        string `json:"name"`
			DisplayName string `json:"display_name"`
		} `json:"kernelspec"`
	} `json:"metadata"`
}

func TestNotebookUI(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), wholeTest)
	defer cancel()

	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	chromium := need(t, "CHROMIUM", "/usr/bin/chromium", "chromium", "chromium-browser")
	jupyter := need(t, "JUPYTER", "/usr/bin/jupyter", "jupyter")
	artifacts, err := filepath.Abs(*flagArtifacts)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(artifacts, 0o755); err != nil {
		t.Fatal(err)
	}

	nbPath, err := chooseNotebook(root, *flagNotebook)
	if err != nil {
		t.Fatal(err)
	}
	nbName := filepath.Base(nbPath)
	stored, err := readNotebook(nbPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("notebook: %s (kernel %q)", relTo(root, nbPath), stored.Metadata.Kernelspec.Name)

	// The kernelspec goes into a temporary prefix, as `gonotes install
	// --prefix` puts it, and Jupyter finds it through JUPYTER_PATH.
	tmp := t.TempDir()
	prefix := filepath.Join(tmp, "prefix")
	bin := gonotesBinary(t, root, tmp)
	if out, err := exec.CommandContext(ctx, bin, "install", "--prefix", prefix).CombinedOutput(); err != nil {
		t.Fatalf("gonotes install --prefix: %v\n%s", err, out)
	}
	env := jupyterEnv(tmp, prefix)

	// Run a copy of the notebook folder: Jupyter autosaves what it runs.
	work := filepath.Join(tmp, "notebooks")
	if err := copyDir(filepath.Dir(nbPath), work); err != nil {
		t.Fatal(err)
	}

	srv := startJupyter(t, ctx, jupyter, work, env, filepath.Join(artifacts, "jupyter.log"))
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("jupyter log (also in %s):\n%s", filepath.Join(artifacts, "jupyter.log"), tail(srv.log.String(), 4000))
		}
	})
	var specs struct {
		Kernelspecs map[string]struct {
			Spec struct {
				DisplayName string `json:"display_name"`
			} `json:"spec"`
		} `json:"kernelspecs"`
	}
	if err := srv.getJSON(ctx, "/api/kernelspecs", &specs); err != nil {
		t.Fatal(err)
	}
	want := stored.Metadata.Kernelspec.Name
	spec, ok := specs.Kernelspecs[want]
	if !ok {
		t.Fatalf("Jupyter does not list the kernelspec %q the notebook needs; it has %v", want, keys(specs.Kernelspecs))
	}

	// Headless Chromium with a fresh profile. The browser lives as long as
	// the test function, so that a failure screenshot can still be taken
	// after a deadline; every step runs with page, which has the test's
	// deadline.
	browser := startBrowser(t, chromium, filepath.Join(tmp, "chromium-profile"), filepath.Join(artifacts, "chromium.log"))
	deadline, _ := ctx.Deadline()
	page, cancelPage := context.WithDeadline(browser, deadline)
	defer cancelPage()
	defer func() {
		if t.Failed() {
			saveScreenshot(t, browser, filepath.Join(artifacts, "failure.png"))
		}
	}()

	url := fmt.Sprintf("%s/notebooks/%s?token=%s", srv.URL, nbName, srv.Token)
	if err := chromedp.Do(page, chromedp.Navigate(url)); err != nil {
		t.Fatalf("open %s in Chromium: %v", nbName, err)
	}

	// Wait for the notebook to load and its kernel to be ready, or for a
	// dialog (such as "Kernel not found") that says why it will not be.
	ready, err := chromedp.Run(page, chromedp.Poll[string](jsKernelReady,
		chromedp.WithPollingInterval(200*time.Millisecond), chromedp.WithPollingTimeout(kernelReady)))
	if err != nil {
		t.Fatalf("the notebook page did not get a ready kernel: %v", err)
	}
	if ready != "ready" {
		t.Fatalf("the notebook page did not get a ready kernel: %s", ready)
	}
	shown, err := chromedp.Run(page, chromedp.Text(chromedp.CSS("#kernel_indicator .kernel_indicator_name")))
	if err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(shown) != spec.Spec.DisplayName {
		t.Errorf("the kernel indicator shows %q, want %q", shown, spec.Spec.DisplayName)
	}

	// Start from a blank page, so that no stored output can pass for a new
	// one, then run every cell as a student does: Cell → Run All.
	if err := chromedp.Do(page,
		chromedp.Evaluate[chromedp.Void](`Jupyter.notebook.clear_all_output()`),
		chromedp.Click(chromedp.CSS("#celllink")),
		chromedp.Click(chromedp.CSS("#run_all_cells > a")),
	); err != nil {
		t.Fatalf("Cell → Run All: %v", err)
	}
	done, err := chromedp.Run(page, chromedp.Poll[string](jsRunFinished,
		chromedp.WithPollingInterval(250*time.Millisecond), chromedp.WithPollingTimeout(0)))
	if err != nil {
		t.Errorf("Run All did not finish (the kernel stayed busy): %v", err)
		reportStuck(t, browser)
		t.FailNow()
	}
	if done != "done" {
		t.Errorf("Run All: %s", done)
	}

	cells, err := chromedp.Run(page, chromedp.Evaluate[[]cellState](jsCells))
	if err != nil {
		t.Fatal(err)
	}
	checkCells(t, stored, cells, expectations[nbName])
	if b, err := json.MarshalIndent(cells, "", "  "); err == nil {
		os.WriteFile(filepath.Join(artifacts, "cells.json"), b, 0o644)
	}

	// The artefact: the whole notebook as the student sees it.
	if err := fullPageScreenshot(page, filepath.Join(artifacts, "notebook.png")); err != nil {
		t.Errorf("screenshot: %v", err)
	} else {
		t.Logf("screenshot: %s", filepath.Join(artifacts, "notebook.png"))
	}
	if *flagScreenshot != "" && t.Failed() {
		t.Logf("no README screenshot: the run failed")
	} else if *flagScreenshot != "" {
		if err := readmeScreenshot(page, *flagScreenshot, *flagShotCell); err != nil {
			t.Errorf("README screenshot: %v", err)
		} else {
			t.Logf("README screenshot: %s", *flagScreenshot)
		}
	}
}

// reportStuck says which cells were still running or waiting when Run All
// did not finish, with the last output of the running one.
func reportStuck(t *testing.T, browser context.Context) {
	t.Helper()
	ctx, cancel := context.WithTimeout(browser, 10*time.Second)
	defer cancel()
	cells, err := chromedp.Run(ctx, chromedp.Evaluate[[]cellState](jsCells))
	if err != nil {
		t.Logf("cannot read the cells: %v", err)
		return
	}
	for i, c := range cells {
		if c.Type == "code" && (c.Running || c.Prompt == "*") {
			t.Logf("cell %d (%s) is still running or waiting; its output ends with:\n%s", i, firstLine(c.Source), tail(c.Text, 600))
			return
		}
	}
}

// checkCells compares the cells on the page with the stored notebook.
func checkCells(t *testing.T, stored *notebookFile, cells []cellState, want []string) {
	t.Helper()
	if len(cells) != len(stored.Cells) {
		t.Fatalf("the page has %d cells, the notebook %d", len(cells), len(stored.Cells))
	}
	count := 0
	var page strings.Builder
	for i, c := range cells {
		if c.Type != "code" {
			continue
		}
		page.WriteString(c.Text)
		page.WriteString("\n")
		tags := stored.Cells[i].Metadata.Tags
		where := fmt.Sprintf("cell %d (%s)", i, firstLine(c.Source))
		if strings.TrimSpace(c.Source) == "" {
			continue
		}
		count++
		if c.Prompt != fmt.Sprint(count) {
			t.Errorf("%s: prompt [%s], want [%d]: every cell should run once, in order", where, c.Prompt, count)
		}
		if len(c.Errors) > 0 && !slices.Contains(tags, "raises-exception") {
			t.Errorf("%s shows an error:\n%s", where, strings.Join(c.Errors, "\n"))
		}
		if len(stored.Cells[i].Outputs) > 0 && (c.Outputs == 0 || !c.Visible || strings.TrimSpace(c.Text) == "") {
			t.Errorf("%s: no visible output, the stored notebook has %d outputs", where, len(stored.Cells[i].Outputs))
		}
	}
	if count == 0 {
		t.Errorf("the notebook has no code cell to run")
	}
	for _, w := range want {
		if !strings.Contains(page.String(), w) {
			t.Errorf("the outputs do not show %q", w)
		}
	}
}

// jsKernelReady is truthy when the notebook is loaded and its kernel answered
// kernel_info and is idle, or when a dialog is open.
const jsKernelReady = `(() => {
	const modal = document.querySelector('.modal.in');
	if (modal) return 'a dialog is open: ' + modal.innerText.replace(/\s+/g, ' ').trim();
	const nb = window.Jupyter && Jupyter.notebook;
	if (!nb || !nb._fully_loaded || !nb.kernel || !nb.kernel.is_connected()) return '';
	if (!nb.kernel.info_reply || nb.kernel.info_reply.status !== 'ok') return '';
	const icon = document.getElementById('kernel_indicator_icon');
	return icon && icon.classList.contains('kernel_idle_icon') ? 'ready' : '';
})()`

// jsRunFinished is truthy when no cell is running or waiting and the kernel
// indicator shows idle, or when the kernel died or a dialog opened.
const jsRunFinished = `(() => {
	const modal = document.querySelector('.modal.in');
	if (modal) return 'a dialog is open: ' + modal.innerText.replace(/\s+/g, ' ').trim();
	const icon = document.getElementById('kernel_indicator_icon');
	if (icon.classList.contains('kernel_dead_icon')) return 'the kernel died';
	if (!icon.classList.contains('kernel_idle_icon')) return '';
	if (document.querySelector('.code_cell.running')) return '';
	const waiting = Jupyter.notebook.get_cells().some(c => c.cell_type === 'code' && c.input_prompt_number === '*');
	return waiting ? '' : 'done';
})()`

// jsCells describes every cell as the page shows it.
const jsCells = `Jupyter.notebook.get_cells().map((c, i) => {
	const out = c.output_area ? c.output_area.element[0] : null;
	const p = c.input_prompt_number;
	return {
		index: i,
		type: c.cell_type,
		source: c.get_text(),
		prompt: (c.cell_type !== 'code' || p === undefined || p === null) ? '' : String(p),
		running: c.element[0].classList.contains('running'),
		outputs: out ? out.querySelectorAll('.output_subarea').length : 0,
		text: out ? out.innerText : '',
		errors: out ? Array.from(out.querySelectorAll('.output_error')).map(e => e.innerText) : [],
		visible: out ? out.getClientRects().length > 0 : false,
		tags: (c.metadata && c.metadata.tags) || [],
	};
})`

// need finds a program: $ENV, else the first of paths that exists or is on
// PATH. Without it the test fails in CI and is skipped elsewhere.
func need(t *testing.T, envName string, paths ...string) string {
	t.Helper()
	if p := os.Getenv(envName); p != "" {
		return p
	}
	for _, p := range paths {
		if filepath.IsAbs(p) {
			if _, err := os.Stat(p); err == nil {
				return p
			}
			continue
		}
		if found, err := exec.LookPath(p); err == nil {
			return found
		}
	}
	msg := fmt.Sprintf("%s not found (tried %s; set %s): install Debian's chromium and jupyter-notebook", paths[len(paths)-1], strings.Join(paths, ", "), envName)
	if os.Getenv("CI") != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// startBrowser starts headless Chromium with a fresh profile in
// profileDir, its output in logPath, and returns a browser context that
// lives until the test ends.
func startBrowser(t *testing.T, chromium, profileDir, logPath string) context.Context {
	t.Helper()
	chromeLog, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { chromeLog.Close() })
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chromium),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-proxy-server", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("lang", "en-US"),
		chromedp.UserDataDir(profileDir),
		chromedp.WindowSize(1280, 900),
		chromedp.CombinedOutput(chromeLog),
	)
	browser, cancelBrowser := chromedp.NewContext(allocCtx)
	// Cleanups run last-in first-out: the browser closes, then its process.
	t.Cleanup(cancelAlloc)
	t.Cleanup(cancelBrowser)
	if err := chromedp.Do(browser); err != nil {
		t.Fatalf("start %s: %v", chromium, err)
	}
	return browser
}

// gonotesBinary returns $GONOTES_BIN, or builds gonotes into dir.
func gonotesBinary(t *testing.T, root, dir string) string {
	t.Helper()
	if p := os.Getenv("GONOTES_BIN"); p != "" {
		abs, err := filepath.Abs(p)
		if err != nil {
			t.Fatal(err)
		}
		return abs
	}
	bin := filepath.Join(dir, "gonotes")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build gonotes: %v\n%s", err, out)
	}
	return bin
}

// chooseNotebook returns the notebook to run: flag, else the first course
// notebook, else any notebooks/*.ipynb, else the smoke notebook.
func chooseNotebook(root, flagValue string) (string, error) {
	if flagValue != "" {
		p, err := filepath.Abs(flagValue)
		if err != nil {
			return "", err
		}
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("-notebook: %w", err)
		}
		return p, nil
	}
	dir := filepath.Join(root, "notebooks")
	for _, name := range courseNotebooks {
		p := filepath.Join(dir, name)
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	if all, _ := filepath.Glob(filepath.Join(dir, "*.ipynb")); len(all) > 0 {
		slices.Sort(all)
		return all[0], nil
	}
	p := filepath.Join(root, "tests", "testdata", "smoke.ipynb")
	if _, err := os.Stat(p); err != nil {
		return "", errors.New("no notebook to run: notebooks/*.ipynb and tests/testdata/smoke.ipynb are missing")
	}
	return p, nil
}

func readNotebook(path string) (*notebookFile, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var nb notebookFile
	if err := json.Unmarshal(b, &nb); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return &nb, nil
}

// copyDir copies the regular files of src (recursively) into dst.
func copyDir(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
}

func keys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func firstLine(s string) string {
	for _, line := range strings.Split(s, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			if len([]rune(line)) > 50 {
				line = string([]rune(line)[:50]) + "…"
			}
			return line
		}
	}
	return ""
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "…" + s[len(s)-n:]
}

func relTo(root, p string) string {
	if r, err := filepath.Rel(root, p); err == nil {
		return r
	}
	return p
}
