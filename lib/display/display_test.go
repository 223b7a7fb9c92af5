package display_test

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"strings"
	"sync"
	"testing"

	"github.com/gonotes/gonotes/lib/display"
	"github.com/gonotes/gonotes/lib/hook"
)

// published is one call of Scope.Display.
type published struct {
	data, meta map[string]any
	id         string
	update     bool
}

// cell is a fake notebook cell: a scope that records what it is shown.
type cell struct {
	*hook.Scope
	mu   sync.Mutex
	out  bytes.Buffer
	msgs []published
}

func newCell(id int64) *cell {
	c := &cell{}
	c.Scope = hook.NewScope(id, &c.out, &c.out)
	c.Scope.Display = func(data, meta map[string]any, displayID string, update bool) {
		c.mu.Lock()
		defer c.mu.Unlock()
		c.msgs = append(c.msgs, published{data, meta, displayID, update})
	}
	return c
}

func (c *cell) got() []published {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]published(nil), c.msgs...)
}

// run runs f as the cell's code: bound to the scope, which is active.
func (c *cell) run(t *testing.T, f func()) {
	t.Helper()
	hook.Reset()
	t.Cleanup(hook.Reset)
	hook.SetActive(c.Scope)
	defer hook.Bind(c.Scope)()
	f()
}

func TestDisplayMimeTypes(t *testing.T) {
	c := newCell(1)
	img := image.NewRGBA(image.Rect(0, 0, 4, 3))
	c.run(t, func() {
		display.Display(
			display.HTML("<b>안녕</b>"),
			display.Markdown("# 제목"),
			display.SVG(`<svg xmlns="http://www.w3.org/2000/svg" width="10" height="20"></svg>`),
			display.Image(img),
			display.JSON(map[string]any{"n": 12345678901234567, "s": "가"}),
			display.Text("plain"),
			display.Bundle(map[string]any{"text/latex": "$x$"}),
		)
	})
	msgs := c.got()
	want := []struct{ mime, plain string }{
		{"text/html", "<b>안녕</b>"},
		{"text/markdown", "# 제목"},
		{"image/svg+xml", "[image/svg+xml 10x20]"},
		{"image/png", "[image/png 4x3]"},
		{"application/json", "{\n  \"n\": 12345678901234567,\n  \"s\": \"가\"\n}"},
		{"text/plain", "plain"},
		{"text/latex", "[text/latex]"},
	}
	if len(msgs) != len(want) {
		t.Fatalf("got %d display messages, want %d", len(msgs), len(want))
	}
	for i, w := range want {
		m := msgs[i]
		if m.id != "" || m.update {
			t.Errorf("%s: id %q update %v, want a plain display_data", w.mime, m.id, m.update)
		}
		if _, ok := m.data[w.mime]; !ok {
			t.Errorf("message %d: no %s in %v", i, w.mime, m.data)
		}
		if got := m.data["text/plain"]; got != w.plain {
			t.Errorf("%s: text/plain %q, want %q", w.mime, got, w.plain)
		}
	}
	// The PNG is the image, base64-encoded.
	raw, err := base64.StdEncoding.DecodeString(msgs[3].data["image/png"].(string))
	if err != nil {
		t.Fatal(err)
	}
	if cfg, err := png.DecodeConfig(bytes.NewReader(raw)); err != nil || cfg.Width != 4 || cfg.Height != 3 {
		t.Errorf("PNG config %+v, %v; want 4x3", cfg, err)
	}
	// Its metadata gives the size, as Jupyter expects.
	if got := fmt.Sprint(msgs[3].meta); got != "map[image/png:map[height:3 width:4]]" {
		t.Errorf("PNG metadata %s, want its width and height", got)
	}
	// The JSON survives the kernel's json.Marshal with every digit.
	b, err := json.Marshal(msgs[4].data["application/json"])
	if err != nil || string(b) != `{"n":12345678901234567,"s":"가"}` {
		t.Errorf("application/json marshals to %s, %v", b, err)
	}
}

func TestDisplayFromGoroutineGoesToItsCell(t *testing.T) {
	a, b := newCell(1), newCell(2)
	hook.Reset()
	t.Cleanup(hook.Reset)
	done := make(chan struct{})
	release := make(chan struct{})
	func() {
		hook.SetActive(a.Scope)
		defer hook.Bind(a.Scope)()
		hook.Go(func() {
			<-release
			display.Display(display.HTML("from a"))
			close(done)
		})
	}()
	// Cell b is now the running cell.
	hook.SetActive(b.Scope)
	func() {
		defer hook.Bind(b.Scope)()
		display.Display(display.Text("from b"))
	}()
	close(release)
	<-done
	if got := a.got(); len(got) != 1 || got[0].data["text/html"] != "from a" {
		t.Errorf("cell a got %v, want the goroutine's HTML", got)
	}
	if got := b.got(); len(got) != 1 || got[0].data["text/plain"] != "from b" {
		t.Errorf("cell b got %v, want its own text", got)
	}
}

func TestHandleUpdate(t *testing.T) {
	c := newCell(1)
	var h, named *display.Handle
	c.run(t, func() {
		h = display.NewHandle()
		for i := 0; i < 3; i++ {
			h.Update(display.Text(strings.Repeat("#", i+1)))
		}
		named = display.DisplayID(display.Text("start"), "progress")
		named.Update(display.Text("done"))
	})
	msgs := c.got()
	if len(msgs) != 5 {
		t.Fatalf("got %d messages, want 5", len(msgs))
	}
	if !strings.HasPrefix(h.ID(), "gonotes-") || h.ID() == display.NewHandle().ID() {
		t.Errorf("display id %q is not a fresh gonotes- id", h.ID())
	}
	for i, m := range msgs[:3] {
		if m.id != h.ID() || m.update != (i > 0) {
			t.Errorf("message %d: id %q update %v; want id %q, update only after the first", i, m.id, m.update, h.ID())
		}
	}
	if msgs[2].data["text/plain"] != "###" {
		t.Errorf("last update shows %v", msgs[2].data)
	}
	if msgs[3].id != "progress" || msgs[3].update || msgs[4].id != "progress" || !msgs[4].update {
		t.Errorf("DisplayID then Update: %+v %+v", msgs[3], msgs[4])
	}
}

type widget struct{}

func (widget) HTML() string   { return "<i>w</i>" }
func (widget) String() string { return "widget" }

func TestBundleOf(t *testing.T) {
	data, _ := display.BundleOf(widget{})
	if data["text/html"] != "<i>w</i>" || data["text/plain"] != "widget" {
		t.Errorf("BundleOf(widget) = %v", data)
	}
	img := image.NewGray(image.Rect(0, 0, 2, 2))
	img.Set(0, 0, color.White)
	data, _ = display.BundleOf(img)
	if _, ok := data["image/png"]; !ok || data["text/plain"] != "[image/png 2x2]" {
		t.Errorf("BundleOf(image) = %v", data)
	}
	data, _ = display.BundleOf(42)
	if len(data) != 1 || data["text/plain"] != "42" {
		t.Errorf("BundleOf(42) = %v", data)
	}
	// An Object's bundle is a copy: changing it does not change the Object.
	o := display.HTML("x")
	o.MimeBundle()["text/html"] = "changed"
	if o.MimeBundle()["text/html"] != "x" {
		t.Error("MimeBundle returned the Object's own map")
	}
}

func TestNoDisplayPrintsText(t *testing.T) {
	var out bytes.Buffer
	s := hook.NewScope(1, &out, &out) // a host without rich output
	hook.Reset()
	t.Cleanup(hook.Reset)
	func() {
		defer hook.Bind(s)()
		display.Display(display.HTML("<p>hi</p>"), display.PNG([]byte("not a png")))
		display.NewHandle().Update(display.Text("1/2"))
	}()
	if got, want := out.String(), "<p>hi</p>\n[image/png]\n1/2\n"; got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
}

func TestJSONPanicsOnUnmarshalable(t *testing.T) {
	defer func() {
		r := recover()
		if err, ok := r.(error); !ok || !strings.Contains(err.Error(), "display.JSON") {
			t.Errorf("recovered %v, want a display.JSON error", r)
		}
	}()
	display.JSON(make(chan int))
}
