package browser

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
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
// scrolled to the first code cell whose source contains at, and the
// markdown cell just above it (or to the top).
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
		// Show the text that introduces the cell, when there is one.
		const top = index > 0 && nb.get_cell(index - 1).cell_type === 'markdown' ? index - 1 : index;
		const site = document.getElementById('site');
		site.scrollTop = top === 0 ? 0 : nb.get_cell(top).element[0].offsetTop - 12;
		return true;
	})()`, at)
	// The pointer, left where Run All was clicked, would show hover marks.
	if err := chromedp.Do(ctx, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, 1199, 799)); err != nil {
		return err
	}
	found, err := chromedp.Run(ctx, chromedp.Evaluate[bool](script))
	if err != nil {
		return err
	}
	if !found {
		return fmt.Errorf("no code cell contains %q", at)
	}
	return captureWith(ctx, path, paletted)
}

// capture takes a screenshot of the viewport and writes it as a PNG
// re-encoded at the best compression.
func capture(ctx context.Context, path string) error {
	return captureWith(ctx, path, nil)
}

// captureWith is capture with a conversion of the image before encoding.
func captureWith(ctx context.Context, path string, convert func(image.Image) image.Image) error {
	raw, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		return err
	}
	img, err := png.Decode(bytes.NewReader(raw))
	if err != nil {
		return fmt.Errorf("decode the screenshot: %w", err)
	}
	if convert != nil {
		img = convert(img)
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

// paletted turns a screenshot of the notebook UI into a 256-colour image for
// a small README file: the 256 most frequent colours (backgrounds, text,
// syntax colours) stay exact, and the rare anti-aliasing shades take the
// nearest of them. No dithering, so text stays crisp.
func paletted(img image.Image) image.Image {
	b := img.Bounds()
	count := map[color.RGBA]int{}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			count[rgba(img.At(x, y))]++
		}
	}
	colors := make([]color.RGBA, 0, len(count))
	for c := range count {
		colors = append(colors, c)
	}
	slices.SortFunc(colors, func(a, b color.RGBA) int {
		if n := cmp.Compare(count[b], count[a]); n != 0 {
			return n
		}
		return cmp.Compare(uint32(a.R)<<16|uint32(a.G)<<8|uint32(a.B), uint32(b.R)<<16|uint32(b.G)<<8|uint32(b.B))
	})
	palette := make(color.Palette, 0, 256)
	for _, c := range colors[:min(256, len(colors))] {
		palette = append(palette, c)
	}
	index := map[color.RGBA]uint8{}
	out := image.NewPaletted(b, palette)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := rgba(img.At(x, y))
			i, ok := index[c]
			if !ok {
				i = uint8(palette.Index(c))
				index[c] = i
			}
			out.SetColorIndex(x, y, i)
		}
	}
	return out
}

func rgba(c color.Color) color.RGBA {
	r, g, b, _ := c.RGBA()
	return color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), 0xff}
}
