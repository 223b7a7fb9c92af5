package main

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"image"
	"image/png"
	"testing"
	"time"
)

// A cell whose final value is an image.Image shows the picture: an
// execute_result with image/png (and its size in the metadata, as Jupyter
// expects), whether the image is the standard library's or a type of the
// notebook; display.PNG published with display.Display carries the size too.
func TestImageResult(t *testing.T) {
	c := startKernel(t)
	cases := []struct {
		name, code string
		w, h       int
	}{
		{"image.RGBA", `import (
	"image"
	"image/color"
)
img := image.NewRGBA(image.Rect(0, 0, 40, 30))
img.Set(3, 4, color.RGBA{255, 0, 0, 255})
img`, 40, 30},
		{"a notebook's type", `type checker struct{ n int }
func (c checker) ColorModel() color.Model { return color.GrayModel }
func (c checker) Bounds() image.Rectangle { return image.Rect(0, 0, 8*c.n, 8*c.n) }
func (c checker) At(x, y int) color.Color {
	if (x/8+y/8)%2 == 0 {
		return color.Black
	}
	return color.White
}
checker{3}`, 24, 24},
	}
	for _, tc := range cases {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		res, err := c.Execute(ctx, tc.code)
		cancel()
		if err != nil {
			t.Fatal(err)
		}
		mustOK(t, toCell(t, res))
		found := false
		for _, m := range res.IOPub {
			if m.Header.MsgType != "execute_result" {
				continue
			}
			found = true
			var content struct {
				Data     map[string]any            `json:"data"`
				Metadata map[string]map[string]any `json:"metadata"`
			}
			if err := json.Unmarshal(m.Content, &content); err != nil {
				t.Fatal(err)
			}
			checkPNG(t, tc.name, content.Data, content.Metadata, tc.w, tc.h)
		}
		if !found {
			t.Errorf("%s: no execute_result", tc.name)
		}
	}
}

func checkPNG(t *testing.T, name string, data map[string]any, meta map[string]map[string]any, w, h int) {
	t.Helper()
	b64, _ := data["image/png"].(string)
	raw, err := base64.StdEncoding.DecodeString(b64)
	if err != nil || b64 == "" {
		t.Errorf("%s: image/png = %.60q... (%v); bundle has %d parts, text/plain %.80q", name, b64, err, len(data), data["text/plain"])
		return
	}
	img, err := png.Decode(bytes.NewReader(raw))
	if err != nil {
		t.Errorf("%s: the PNG does not decode: %v", name, err)
		return
	}
	if got := img.Bounds(); got != image.Rect(0, 0, w, h) {
		t.Errorf("%s: the PNG is %v, want %dx%d", name, got, w, h)
	}
	if pm := meta["image/png"]; pm["width"] != float64(w) || pm["height"] != float64(h) {
		t.Errorf("%s: metadata = %v, want image/png width %d height %d", name, meta, w, h)
	}
}
