package timeline

import (
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// TestRenderChromium renders the scripted scenario with headless Chromium
// and checks that the picture has ink where the lanes are. It skips when
// Chromium is missing or with -short. With TIMELINE_KEEP=dir the SVG and
// PNG are kept in dir, to look at.
func TestRenderChromium(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: no browser")
	}
	bin := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			bin = p
			break
		}
	}
	if bin == "" {
		t.Skip("no chromium")
	}
	dir := t.TempDir()
	if keep := os.Getenv("TIMELINE_KEEP"); keep != "" {
		dir = keep
	}
	svgPath := filepath.Join(dir, "timeline.svg")
	pngPath := filepath.Join(dir, "timeline.png")
	if err := os.WriteFile(svgPath, []byte(mutexScenario().SVG()), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
		"--screenshot="+pngPath, "--window-size=1200,400", "file://"+svgPath)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Skipf("chromium failed (%v): %s", err, out)
	}
	f, err := os.Open(pngPath)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	// Some pixels in the lane area are neither white nor near-white.
	ink := 0
	b := img.Bounds()
	for y := b.Min.Y + 40; y < min(b.Max.Y, 150); y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if dark(img, x, y) {
				ink++
			}
		}
	}
	if ink < 1000 {
		t.Errorf("the lanes area of the screenshot is nearly blank (%d coloured pixels)", ink)
	}
}

func dark(img image.Image, x, y int) bool {
	r, g, b, _ := img.At(x, y).RGBA()
	return r>>8 < 200 || g>>8 < 200 || b>>8 < 200
}

// A lane runs in the gaps between its waits and sleeps, which may overlap
// and come in any order: both renderers draw these spans.
func TestRunningSpansAreTheGaps(t *testing.T) {
	ms := time.Millisecond
	waits := []span{{from: 10 * ms, to: 20 * ms}, {from: 15 * ms, to: 30 * ms}}
	sleeps := []span{{from: 50 * ms, to: 60 * ms}, {from: 0, to: 5 * ms}}
	got := running(0, 100*ms, waits, sleeps)
	want := []span{{from: 5 * ms, to: 10 * ms}, {from: 30 * ms, to: 50 * ms}, {from: 60 * ms, to: 100 * ms}}
	if len(got) != len(want) {
		t.Fatalf("running = %v, want %v", got, want)
	}
	for i := range want {
		if got[i].from != want[i].from || got[i].to != want[i].to {
			t.Errorf("span %d = %v–%v, want %v–%v", i, got[i].from, got[i].to, want[i].from, want[i].to)
		}
	}
	if got := running(0, 10*ms, []span{{from: 0, to: 20 * ms}}, nil); len(got) != 0 {
		t.Errorf("a lane waiting throughout runs in %v", got)
	}
}
