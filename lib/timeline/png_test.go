package timeline

import (
	"bytes"
	"encoding/base64"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/gonotes/gonotes/lib/internal/trace"
)

// decodePNG decodes the PNG of r and checks its size against the SVG's.
func decodePNG(t *testing.T, r *Recording) image.Image {
	t.Helper()
	b := r.PNG()
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("PNG does not decode: %v", err)
	}
	root := parseSVG(t, r.SVG())
	w, h := root.ms("width", t), root.ms("height", t)
	if got := img.Bounds(); got.Dx() != px(w) || got.Dy() != px(h) {
		t.Errorf("PNG is %dx%d, want %dx%d (the SVG's %gx%g at %dx)", got.Dx(), got.Dy(), px(w), px(h), w, h, PNGScale)
	}
	if keep := os.Getenv("TIMELINE_KEEP"); keep != "" {
		_ = os.WriteFile(filepath.Join(keep, t.Name()+".png"), b, 0o644)
	}
	return img
}

// rgbAt returns the colour at SVG coordinates (x, y) as "#rrggbb".
func rgbAt(img image.Image, x, y float64) string {
	r, g, b, _ := img.At(px(x), px(y)).RGBA()
	const hex = "0123456789abcdef"
	out := []byte{'#'}
	for _, v := range []uint32{r >> 8, g >> 8, b >> 8} {
		out = append(out, hex[v>>4], hex[v&15])
	}
	return string(out)
}

// TestPNGMatchesSVG draws the scripted scenario as PNG and checks that
// what the SVG puts somewhere is in the PNG at the same place, twice as
// many pixels: the running bar, the hatched wait outlined in the lock's
// colour, the band of the hold, and ink in the lane labels.
func TestPNGMatchesSVG(t *testing.T) {
	r := mutexScenario()
	img := decodePNG(t, r)
	root := parseSVG(t, r.SVG())
	lanes := lanesByName(root)
	center := func(n *node) (x, y float64) {
		return n.ms("x", t) + n.ms("width", t)/2, n.ms("y", t) + n.ms("height", t)/2
	}
	w2 := lanes["worker 2"]
	runs := w2.all("run")
	if len(runs) == 0 {
		t.Fatal("worker 2 has no run in the SVG")
	}
	if x, y := center(runs[len(runs)-1]); rgbAt(img, x, y) != runColor {
		t.Errorf("running bar at (%g, %g) is %s in the PNG, want %s", x, y, rgbAt(img, x, y), runColor)
	}
	wait := w2.all("wait")[0]
	if x, y := center(wait); rgbAt(img, x, y) == "#ffffff" || rgbAt(img, x, y) == runColor {
		t.Errorf("the wait at (%g, %g) is %s: not hatched", x, y, rgbAt(img, x, y))
	}
	hatch := map[string]bool{}
	for dx := 0.0; dx < 12; dx += 0.5 {
		x, y := center(wait)
		hatch[rgbAt(img, x+dx, y)] = true
	}
	if !hatch["#ececec"] || !hatch["#a3a3a3"] {
		t.Errorf("the wait is not striped #ececec/#a3a3a3: %v", hatch)
	}
	if c := rgbAt(img, wait.ms("x", t)+0.5, wait.ms("y", t)+wait.ms("height", t)/2); c != wait.attr("stroke") {
		t.Errorf("the wait's outline is %s, want the lock's colour %s", c, wait.attr("stroke"))
	}
	hold := lanes["작업자 1"].all("hold")[0]
	if x, y := center(hold); rgbAt(img, x, y) != hold.attr("fill") {
		t.Errorf("the hold at (%g, %g) is %s, want %s", x, y, rgbAt(img, x, y), hold.attr("fill"))
	}
	// The label 작업자 1 is drawn left of the plot: some dark pixels there.
	label := lanes["작업자 1"].all("lane-label")[0]
	lx, ly := label.ms("x", t), label.ms("y", t)
	ink := 0
	for x := lx - 60; x < lx; x += 0.5 {
		for y := ly - 6; y < ly+6; y += 0.5 {
			if dark(img, px(x), px(y)) {
				ink++
			}
		}
	}
	if ink < 20 {
		t.Errorf("the lane label is nearly blank in the PNG (%d dark pixels)", ink)
	}
}

// TestPNGHangul checks that the font found draws Hangul: a syllable has
// ink, and two different syllables differ (an empty box would not).
func TestPNGHangul(t *testing.T) {
	path, hangul := FontFile()
	if !hangul {
		t.Skip("no font with Hangul on this machine (install fonts-nanum or fonts-noto-cjk)")
	}
	t.Logf("font: %s", path)
	draw := func(s string) *image.RGBA {
		c := &canvas{img: image.NewRGBA(image.Rect(0, 0, 80, 40))}
		c.text(s, 2, 10, fontSize, false, anchorStart, true, hexColor(textColor))
		return c.img
	}
	a, b := draw("가"), draw("락")
	if bytes.Equal(a.Pix, b.Pix) {
		t.Error("가 and 락 draw the same pixels: the font has no Hangul glyphs")
	}
	if bytes.Equal(a.Pix, image.NewRGBA(a.Rect).Pix) {
		t.Error("가 draws nothing")
	}
}

// TestMimeBundlePNG checks the bundle: SVG, a base64 PNG that decodes, text,
// and the PNG's size in CSS pixels in the metadata.
func TestMimeBundlePNG(t *testing.T) {
	r := mutexScenario()
	data := r.MimeBundle()
	s, ok := data["image/png"].(string)
	if !ok {
		t.Fatalf("no image/png in the bundle: %v", keys(data))
	}
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		t.Fatalf("image/png is not base64: %v", err)
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	meta := r.MimeMetadata()["image/png"].(map[string]any)
	if meta["width"].(float64)*PNGScale != float64(cfg.Width) || meta["height"].(float64)*PNGScale != float64(cfg.Height) {
		t.Errorf("metadata %v for a %dx%d PNG", meta, cfg.Width, cfg.Height)
	}
	t.Logf("PNG %dx%d, %d bytes; SVG %d bytes", cfg.Width, cfg.Height, len(b), len(data["image/svg+xml"].(string)))
}

// TestSleepIsItsOwnState: a thread that sleeps is drawn sleeping (not
// running, not waiting), in the SVG, the PNG and the text, and its sleep
// is not counted as waiting.
func TestSleepIsItsOwnState(t *testing.T) {
	const p, c = 5, 6
	r := script(100,
		ev(0, p, "생산자", trace.ThreadStart, "Thread 생산자", nil),
		ev(0, c, "소비자", trace.ThreadStart, "Thread 소비자", nil),
		ev(1, p, "생산자", trace.Sleep, "time.Sleep", 0),
		ev(80, p, "생산자", trace.WaitDone, "time.Sleep", nil),
		ev(2, c, "소비자", trace.QueueWait, "Queue#1", nil),
		ev(81, p, "생산자", trace.QueuePut, "Queue#1", 1),
		ev(82, c, "소비자", trace.QueueGet, "Queue#1", 1),
		ev(90, p, "생산자", trace.ThreadEnd, "Thread 생산자", nil),
		ev(90, c, "소비자", trace.ThreadEnd, "Thread 소비자", nil),
	)
	root := parseSVG(t, r.SVG())
	lanes := lanesByName(root)
	sl := lanes["생산자"].all("sleep")
	if len(sl) != 1 || sl[0].ms("data-from-ms", t) != 1 || sl[0].ms("data-to-ms", t) != 80 {
		t.Fatalf("생산자: want one sleep 1–80 ms, got %d", len(sl))
	}
	for _, run := range lanes["생산자"].all("run") {
		if run.ms("data-from-ms", t) < 80 && run.ms("data-to-ms", t) > 1 {
			t.Errorf("a run %s–%s ms overlaps the sleep", run.attr("data-from-ms"), run.attr("data-to-ms"))
		}
	}
	if len(lanes["생산자"].all("wait")) != 0 {
		t.Error("the sleep is drawn as a wait")
	}
	img := decodePNG(t, r)
	x := sl[0].ms("x", t) + sl[0].ms("width", t)/2
	y := sl[0].ms("y", t) + sl[0].ms("height", t)/2
	if got := rgbAt(img, x, y); got != sleepColor {
		t.Errorf("PNG: the sleep is %s, want %s", got, sleepColor)
	}
	text := r.String()
	var line string
	for _, l := range bytes.Split([]byte(text), []byte("\n")) {
		if bytes.HasSuffix(l, []byte("| 생산자")) {
			line = string(l)
		}
	}
	if !bytes.Contains([]byte(line), []byte("------")) || bytes.Contains([]byte(line), []byte("......")) {
		t.Errorf("text lane of 생산자: %q", line)
	}
	if s := r.Summary(); !bytes.Contains([]byte(s), []byte("가장 오래 기다린 스레드: 소비자")) {
		t.Errorf("the sleeper counts as waiting:\n%s", s)
	}
}

// TestCellWidth: Hangul and fullwidth forms take two cells, combining
// marks none, ASCII one.
func TestCellWidth(t *testing.T) {
	for s, want := range map[string]int{"abc": 3, "스레드 1": 8, "ｗ": 2, "é": 1, "e\u0301": 1, "日本": 4} {
		if got := cellWidth(s); got != want {
			t.Errorf("cellWidth(%q) = %d, want %d", s, got, want)
		}
	}
	if got := truncate("가나다라마바사아자차카타파하", 9); got != "가나다라…" {
		t.Errorf("truncate = %q", got)
	}
}

// paletted keeps every pixel's colour when the picture has at most 256
// colours (runs of one colour and single pixels alike), puts the most
// frequent colour first, and gives a 257th colour the nearest one.
func TestPalettedKeepsColours(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 40, 10))
	for y := 0; y < 10; y++ {
		for x := 0; x < 40; x++ {
			c := color.RGBA{255, 255, 255, 255}
			switch {
			case y == 3:
				c = color.RGBA{uint8(x * 6), uint8(y), 7, 255} // 40 colours, one pixel each
			case x >= 10 && x < 20:
				c = color.RGBA{0x4c, 0x78, 0xa8, 255}
			}
			img.SetRGBA(x, y, c)
		}
	}
	p := paletted(img).(*image.Paletted)
	for y := 0; y < 10; y++ {
		for x := 0; x < 40; x++ {
			if got, want := color.RGBAModel.Convert(p.At(x, y)), img.RGBAAt(x, y); got != want {
				t.Fatalf("pixel %d,%d: %v, want %v", x, y, got, want)
			}
		}
	}
	if p.Palette[0] != (color.RGBA{255, 255, 255, 255}) || p.Palette[1] != (color.RGBA{0x4c, 0x78, 0xa8, 255}) {
		t.Errorf("palette starts %v %v, want white then the bar colour", p.Palette[0], p.Palette[1])
	}

	big := image.NewRGBA(image.Rect(0, 0, 300, 1))
	for x := 0; x < 300; x++ {
		big.SetRGBA(x, 0, color.RGBA{uint8(x % 256), uint8(x / 256 * 100), 0, 255})
	}
	for x := 0; x < 256; x++ { // 300 colours, one pixel each
		big.SetRGBA(x, 0, color.RGBA{uint8(x), 0, 0, 255})
	}
	bp := paletted(big).(*image.Paletted)
	if len(bp.Palette) != 256 {
		t.Fatalf("%d colours in the palette, want 256", len(bp.Palette))
	}
	for x := 256; x < 300; x++ {
		got := color.RGBAModel.Convert(bp.At(x, 0)).(color.RGBA)
		if want := bp.Palette[bp.Palette.Index(big.RGBAAt(x, 0))]; got != want {
			t.Errorf("pixel %d: %v, want the nearest colour %v", x, got, want)
		}
	}
}
