package browser

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// maxShotHeight bounds the full-page artefact of a long notebook.
const maxShotHeight = 16000

// resizeTo sets the viewport and waits until the notebook has laid itself
// out for it (the classic UI sizes #site from the window height).
func resizeTo(ctx context.Context, width, height int64) error {
	if err := chromedp.Do(ctx,
		chromedp.EmulateViewport(width, height),
		chromedp.Evaluate[chromedp.Void](`window.dispatchEvent(new Event('resize'))`),
	); err != nil {
		return err
	}
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](fmt.Sprintf(`(() => {
		const site = document.getElementById('site'), header = document.getElementById('header');
		return window.innerHeight === %d && Math.abs(site.offsetHeight + header.offsetHeight - window.innerHeight) <= 2;
	})()`, height), chromedp.WithPollingTimeout(10*time.Second)))
	return err
}

// fullPageScreenshot saves the whole notebook, header and every cell, in one
// tall PNG.
func fullPageScreenshot(ctx context.Context, path string) error {
	h, err := chromedp.Run(ctx, chromedp.Evaluate[int64](
		`document.getElementById('header').offsetHeight + document.getElementById('notebook').scrollHeight + 20`))
	if err != nil {
		return err
	}
	h = min(max(h, 600), maxShotHeight)
	if err := resizeTo(ctx, 1280, h); err != nil {
		return err
	}
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`document.getElementById('site').scrollTop = 0`)); err != nil {
		return err
	}
	return capture(ctx, path)
}

// readmeScreenshot saves a 1200×800 view of the notebook for the README,
// scrolled to the first code cell whose source contains at (or the top).
func readmeScreenshot(ctx context.Context, path, at string) error {
	if err := resizeTo(ctx, 1200, 800); err != nil {
		return err
	}
	script := fmt.Sprintf(`(() => {
		const nb = Jupyter.notebook, want = %q;
		nb.command_mode();
		let index = 0;
		if (want) {
			index = nb.get_cells().findIndex(c => c.cell_type === 'code' && c.get_text().includes(want));
			if (index < 0) return false;
		}
		nb.select(index);
		const site = document.getElementById('site');
		site.scrollTop = index === 0 ? 0 : nb.get_cell(index).element[0].offsetTop - 12;
		return true;
	})()`, at)
	found, err := chromedp.Run(ctx, chromedp.Evaluate[bool](script))
	if err != nil {
		return err
	}
	if !found {
		return fmt.Errorf("no code cell contains %q", at)
	}
	return capture(ctx, path)
}

// capture takes a screenshot of the viewport and writes it as a PNG
// re-encoded at the best compression.
func capture(ctx context.Context, path string) error {
	raw, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		return err
	}
	img, err := png.Decode(bytes.NewReader(raw))
	if err != nil {
		return fmt.Errorf("decode the screenshot: %w", err)
	}
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&buf, img); err != nil {
		return fmt.Errorf("encode the screenshot: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

// saveScreenshot keeps what the page showed when the test failed.
func saveScreenshot(t *testing.T, ctx context.Context, path string) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if err := capture(ctx, path); err != nil {
		t.Logf("no failure screenshot: %v", err)
		return
	}
	t.Logf("failure screenshot: %s", path)
}
