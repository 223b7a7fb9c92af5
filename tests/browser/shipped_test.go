package browser

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// shippedPictures lists, per course notebook, the timeline cells a student
// must see as pictures when opening the notebook as shipped: every code
// cell that starts a timeline, and among them those whose title contains
// the given words (04's GIL pictures).
var shippedPictures = map[string][]string{
	"01-processes-and-threads.ipynb": {"데드락"},
	"03-gil-daemon-pool-lock.ipynb":  nil,
	"04-thread-fork-join-gil.ipynb":  {"GIL 없음", "GIL 흉내"},
}

// pictureCell is a timeline cell as the page shows it.
type pictureCell struct {
	Index    int      `json:"index"`
	Title    string   `json:"title"`
	Pictures int      `json:"pictures"` // visible, loaded <img> or <svg> in the output area
	Tags     []string `json:"tags"`     // tag names of every picture element
	Text     string   `json:"text"`
}

// jsPictureCells describes every code cell that starts a timeline.
const jsPictureCells = `Jupyter.notebook.get_cells().map((c, i) => {
	if (c.cell_type !== 'code' || !c.get_text().includes('timeline.Start()')) return null;
	const out = c.output_area.element[0];
	const pics = Array.from(out.querySelectorAll('.output_subarea img, .output_subarea svg'));
	const shown = pics.filter(p => {
		const r = p.getBoundingClientRect();
		if (p.getClientRects().length === 0 || r.width < 200 || r.height < 50) return false;
		return p.tagName.toLowerCase() !== 'img' || (p.complete && p.naturalWidth > 0);
	});
	const m = c.get_text().match(/tr\.Title = "([^"]*)"/);
	return {index: i, title: m ? m[1] : '', pictures: shown.length,
		tags: pics.map(p => p.tagName.toLowerCase()), text: out.innerText.slice(0, 300)};
}).filter(x => x)`

// jsLoaded is "loaded" when the notebook is on the page and every image in
// it has loaded.
const jsLoaded = `(() => {
	const nb = window.Jupyter && Jupyter.notebook;
	if (!nb || !nb._fully_loaded) return '';
	const imgs = Array.from(document.querySelectorAll('#notebook img'));
	return imgs.every(i => i.complete) ? 'loaded' : '';
})()`

// TestShippedNotebookPictures opens the course notebooks as shipped — not
// run, not trusted (a fresh Jupyter data folder has no signatures) — and
// checks that every timeline output shows as a picture, as a student who
// clones the repository sees it. Jupyter Notebook does not show SVG in an
// untrusted notebook; the timelines' PNG is what makes them visible. A
// screenshot of each notebook's first picture (and of 04's GIL pictures)
// is kept in artifacts/.
func TestShippedNotebookPictures(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
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
	tmp := t.TempDir()
	prefix := filepath.Join(tmp, "prefix")
	bin := gonotesBinary(t, root, tmp)
	if out, err := exec.CommandContext(ctx, bin, "install", "--prefix", prefix).CombinedOutput(); err != nil {
		t.Fatalf("gonotes install --prefix: %v\n%s", err, out)
	}
	env := jupyterEnv(tmp, prefix)
	// The shipped files, copied: Jupyter may autosave what it opens.
	work := filepath.Join(tmp, "notebooks")
	if err := copyDir(filepath.Join(root, "notebooks"), work); err != nil {
		t.Fatal(err)
	}
	srv := startJupyter(t, ctx, jupyter, work, env, filepath.Join(artifacts, "jupyter-shipped.log"))

	browser := startBrowser(t, chromium, filepath.Join(tmp, "chromium-profile-shipped"), filepath.Join(artifacts, "chromium-shipped.log"))
	deadline, _ := ctx.Deadline()

	for _, name := range []string{"01-processes-and-threads.ipynb", "03-gil-daemon-pool-lock.ipynb", "04-thread-fork-join-gil.ipynb"} {
		t.Run(strings.TrimSuffix(name, ".ipynb"), func(t *testing.T) {
			base := strings.TrimSuffix(name, ".ipynb")
			// A tab per notebook.
			tab, closeTab := chromedp.NewContext(browser)
			defer closeTab()
			if err := chromedp.Do(tab); err != nil {
				t.Fatal(err)
			}
			page, cancelPage := context.WithDeadline(tab, deadline)
			defer cancelPage()
			defer func() {
				if t.Failed() {
					saveScreenshot(t, tab, filepath.Join(artifacts, "shipped-"+base+"-failure.png"))
				}
				// Leave without the "unsaved changes" question.
				chromedp.Do(page, chromedp.Evaluate[chromedp.Void](`window.onbeforeunload = null`))
			}()
			url := fmt.Sprintf("%s/notebooks/%s?token=%s", srv.URL, name, srv.Token)
			if err := chromedp.Do(page, chromedp.EmulateViewport(1280, 900), chromedp.Navigate(url)); err != nil {
				t.Fatalf("open %s: %v", name, err)
			}
			if _, err := chromedp.Run(page, chromedp.Poll[string](jsLoaded,
				chromedp.WithPollingInterval(200*time.Millisecond), chromedp.WithPollingTimeout(60*time.Second))); err != nil {
				t.Fatalf("the notebook did not load: %v", err)
			}
			trusted, err := chromedp.Run(page, chromedp.Evaluate[bool](`Jupyter.notebook.trusted`))
			if err != nil {
				t.Fatal(err)
			}
			if trusted {
				t.Fatal("the notebook opened as trusted: the test must see it as a fresh clone does")
			}
			// Once the kernel has answered kernel_info, the notebook must
			// still be unchanged: Jupyter stores the kernel's language_info
			// and marks the notebook changed when the stored one differs.
			if ready, err := chromedp.Run(page, chromedp.Poll[string](jsKernelReady,
				chromedp.WithPollingInterval(200*time.Millisecond), chromedp.WithPollingTimeout(kernelReady))); err != nil || ready != "ready" {
				t.Errorf("no ready kernel: %v %s", err, ready)
			} else if v, err := chromedp.Run(page, chromedp.Evaluate[string](`Jupyter.notebook.kernel.info_reply.language_info.version`)); err == nil && v != storedVersion(t, filepath.Join(work, name)) {
				// Another Go patch release than the one that stored the
				// notebooks (CI pins it): Jupyter rightly calls it changed.
				t.Logf("the kernel's Go is %s, the notebook was stored with %s: not checking that it opens unchanged", v, storedVersion(t, filepath.Join(work, name)))
			} else if dirty, err := chromedp.Run(page, chromedp.Evaluate[bool](`Jupyter.notebook.dirty`)); err != nil || dirty {
				t.Errorf("the notebook opens as changed (unsaved changes) before anything was done (%v)", err)
			}
			cells, err := chromedp.Run(page, chromedp.Evaluate[[]pictureCell](jsPictureCells))
			if err != nil {
				t.Fatal(err)
			}
			if len(cells) == 0 {
				t.Fatal("no timeline cell found")
			}
			for _, c := range cells {
				if c.Pictures == 0 {
					t.Errorf("cell %d (%q): the timeline shows no picture (elements %v); the student sees:\n%s", c.Index, c.Title, c.Tags, c.Text)
				}
			}
			for _, want := range shippedPictures[name] {
				found := false
				for _, c := range cells {
					if strings.Contains(c.Title, want) {
						found = true
						shot := filepath.Join(artifacts, fmt.Sprintf("shipped-%s-cell%d.png", base, c.Index))
						if err := shootCell(page, c.Index, shot); err != nil {
							t.Errorf("screenshot of cell %d: %v", c.Index, err)
						} else {
							t.Logf("cell %d (%q): %d picture(s); screenshot %s", c.Index, c.Title, c.Pictures, shot)
						}
					}
				}
				if !found {
					t.Errorf("no timeline titled %q", want)
				}
			}
			if len(shippedPictures[name]) == 0 {
				shot := filepath.Join(artifacts, fmt.Sprintf("shipped-%s-cell%d.png", base, cells[0].Index))
				if err := shootCell(page, cells[0].Index, shot); err != nil {
					t.Errorf("screenshot: %v", err)
				} else {
					t.Logf("cell %d: %d picture(s); screenshot %s", cells[0].Index, cells[0].Pictures, shot)
				}
			}
		})
	}
}

// TestShippedMarkdownStars opens notebook 05 as shipped and checks that the
// signature of threading.Thread renders with its keyword-only star and
// without stray asterisks (issue 14, item 9).
func TestShippedMarkdownStars(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	chromium := need(t, "CHROMIUM", "/usr/bin/chromium", "chromium", "chromium-browser")
	jupyter := need(t, "JUPYTER", "/usr/bin/jupyter", "jupyter")
	tmp := t.TempDir()
	work := filepath.Join(tmp, "notebooks")
	if err := copyDir(filepath.Join(root, "notebooks"), work); err != nil {
		t.Fatal(err)
	}
	srv := startJupyter(t, ctx, jupyter, work, jupyterEnv(tmp, filepath.Join(tmp, "prefix")), filepath.Join(tmp, "jupyter.log"))
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx, chromedp.ExecPath(chromium), chromedp.Headless,
		chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.UserDataDir(filepath.Join(tmp, "profile")))
	defer cancelAlloc()
	page, cancelPage := chromedp.NewContext(allocCtx)
	defer cancelPage()
	url := fmt.Sprintf("%s/notebooks/%s?token=%s", srv.URL, "05-threading-multiprocessing-api.ipynb", srv.Token)
	if err := chromedp.Do(page, chromedp.Navigate(url)); err != nil {
		t.Fatal(err)
	}
	text, err := chromedp.Run(page, chromedp.Poll[string](`(() => {
		const nb = window.Jupyter && Jupyter.notebook;
		if (!nb || !nb._fully_loaded) return '';
		const el = Array.from(document.querySelectorAll('.text_cell_render')).find(e => e.innerText.includes('class threading.Thread('));
		return el ? el.innerText.split('\n').find(l => l.includes('class threading.Thread(')) : 'not found';
	})()`, chromedp.WithPollingTimeout(60*time.Second)))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "kwargs={}, *, daemon=None)") || strings.Contains(text, "**") {
		t.Errorf("the signature renders as %q, want kwargs={}, *, daemon=None) and no **", text)
	}
	chromedp.Do(page, chromedp.Evaluate[chromedp.Void](`window.onbeforeunload = null`))
}

// storedVersion returns the language_info.version stored in a notebook.
func storedVersion(t *testing.T, path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var nb struct {
		Metadata struct {
			LanguageInfo struct {
				Version string `json:"version"`
			} `json:"language_info"`
		} `json:"metadata"`
	}
	if err := json.Unmarshal(b, &nb); err != nil {
		t.Fatal(err)
	}
	return nb.Metadata.LanguageInfo.Version
}

// shootCell scrolls cell i's output to the top of the view and saves the
// view.
func shootCell(ctx context.Context, i int, path string) error {
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`(() => {
		const c = Jupyter.notebook.get_cell(%d);
		c.output_area.element[0].scrollIntoView({block: 'start'});
		document.getElementById('site').scrollTop -= 40;
	})()`, i))); err != nil {
		return err
	}
	return capture(ctx, path)
}
