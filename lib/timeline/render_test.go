package timeline

import (
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
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
