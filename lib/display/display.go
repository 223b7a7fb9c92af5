// Package display shows rich output — HTML, Markdown, SVG, PNG and JPEG
// images, JSON — from Go code in a gonotes notebook, as IPython.display does
// in Python.
//
// Each constructor ([HTML], [Markdown], [SVG], [PNG], [Image], [JPEG],
// [JSON], [Text], [Bundle]) returns an [Object]: a MIME bundle. An Object
// shows itself when it is the final expression of a cell, and [Display]
// publishes it at once, from any goroutine; the output goes to the cell that
// started the goroutine:
//
//	display.HTML("<b>안녕하세요</b>")               // final expression of a cell: shown as its result
//	display.Display(display.Markdown("# 제목"))   // shown now, in the middle of the cell
//
// A [Handle] names an output with a display id, so that it can be replaced
// later, e.g. a live progress line:
//
//	h := display.NewHandle()
//	for i := 1; i <= 10; i++ {
//		h.Update(display.Text(fmt.Sprintf("%d/10", i)))
//		work(i)
//	}
//
// Outside a notebook (a compiled program, a test) there is nowhere to show
// rich output: Display prints the bundle's text/plain part on standard output
// instead (the HTML or Markdown source, the JSON, the text, a note like
// "[image/png 640x480]" for an image), followed by a newline.
package display

import (
	"bytes"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"image"
	_ "image/jpeg" // DecodeConfig of JPEG
	"image/png"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/gonotes/gonotes/lib/hook"
)

// Object is rich output: anything that can describe itself as a MIME bundle,
// a map from MIME type ("text/html", "image/png", ...) to content (a string;
// base64 for binary types; any JSON value for application/json). Bundles
// should include "text/plain", the form shown where nothing richer can be.
//
// Values of other packages become displayable by having this method; the
// gonotes kernel shows a cell's final value through it.
type Object interface {
	MimeBundle() map[string]any
}

// Metadataer is implemented by Objects that carry display metadata (for
// instance an image's width and height), published alongside the bundle.
type Metadataer interface {
	MimeMetadata() map[string]any
}

// bundle is the common part of every Object made by this package.
type bundle struct {
	data map[string]any
	meta map[string]any
}

func newBundle(text string) bundle {
	return bundle{data: map[string]any{"text/plain": text}}
}

// MimeBundle returns a copy of the MIME bundle.
func (b *bundle) MimeBundle() map[string]any {
	m := make(map[string]any, len(b.data))
	for k, v := range b.data {
		m[k] = v
	}
	return m
}

// MimeMetadata returns a copy of the display metadata (nil if none).
func (b *bundle) MimeMetadata() map[string]any {
	if b.meta == nil {
		return nil
	}
	m := make(map[string]any, len(b.meta))
	for k, v := range b.meta {
		m[k] = v
	}
	return m
}

// String returns the text/plain part, what a compiled program prints.
func (b *bundle) String() string {
	s, _ := b.data["text/plain"].(string)
	return s
}

type htmlObject struct{ bundle }

// HTML returns the HTML source.
func (o *htmlObject) HTML() string { return o.data["text/html"].(string) }

type markdownObject struct{ bundle }

// Markdown returns the Markdown source.
func (o *markdownObject) Markdown() string { return o.data["text/markdown"].(string) }

type svgObject struct{ bundle }

// SVG returns the SVG document.
func (o *svgObject) SVG() string { return o.data["image/svg+xml"].(string) }

type imageObject struct {
	bundle
	mime string
}

// HTML returns an <img> element with the image inline, for hosts that know
// only HTML.
func (o *imageObject) HTML() string {
	return `<img src="data:` + o.mime + `;base64,` + o.data[o.mime].(string) + `">`
}

// HTML returns o, an HTML fragment, to be displayed as such. Its text/plain
// form is the source itself.
func HTML(s string) Object {
	o := &htmlObject{newBundle(s)}
	o.data["text/html"] = s
	return o
}

// Markdown returns the Markdown text s, to be displayed rendered. Its
// text/plain form is s.
func Markdown(s string) Object {
	o := &markdownObject{newBundle(s)}
	o.data["text/markdown"] = s
	return o
}

// SVG returns the SVG document s (an <svg> element, optionally preceded by an
// XML declaration), to be displayed as an image. Its text/plain form is a note
// such as "[image/svg+xml 640x480]" (the size from the width and height
// attributes, when present).
func SVG(s string) Object {
	note := "[image/svg+xml]"
	if w, h, ok := svgSize(s); ok {
		note = fmt.Sprintf("[image/svg+xml %sx%s]", w, h)
	}
	o := &svgObject{newBundle(note)}
	o.data["image/svg+xml"] = s
	return o
}

// svgSize returns the width and height attributes of the root element.
func svgSize(s string) (w, h string, ok bool) {
	d := xml.NewDecoder(strings.NewReader(s))
	d.Strict = false
	for {
		tok, err := d.Token()
		if err != nil {
			return "", "", false
		}
		if se, isStart := tok.(xml.StartElement); isStart {
			for _, a := range se.Attr {
				switch a.Name.Local {
				case "width":
					w = strings.TrimSuffix(a.Value, "px")
				case "height":
					h = strings.TrimSuffix(a.Value, "px")
				}
			}
			return w, h, w != "" && h != ""
		}
	}
}

// PNG returns the PNG-encoded image b, to be displayed as an image. Its
// text/plain form is a note such as "[image/png 640x480]"; its metadata
// (see [Metadataer]) gives the width and height, as Jupyter expects.
func PNG(b []byte) Object { return encoded("image/png", b) }

// JPEG returns the JPEG-encoded image b, to be displayed as an image. Its
// text/plain form is a note such as "[image/jpeg 640x480]".
func JPEG(b []byte) Object { return encoded("image/jpeg", b) }

func encoded(mime string, b []byte) Object {
	note := "[" + mime + "]"
	cfg, _, err := image.DecodeConfig(bytes.NewReader(b))
	if err == nil {
		note = fmt.Sprintf("[%s %dx%d]", mime, cfg.Width, cfg.Height)
	}
	o := &imageObject{bundle: newBundle(note), mime: mime}
	o.data[mime] = base64.StdEncoding.EncodeToString(b)
	if err == nil {
		// Jupyter's image metadata: the size to show it at.
		o.meta = map[string]any{mime: map[string]any{"width": cfg.Width, "height": cfg.Height}}
	}
	return o
}

// Image returns img encoded as PNG, to be displayed as an image (draw with
// package image and show the result). It panics if img cannot be encoded
// (an empty or enormous image).
func Image(img image.Image) Object {
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		panic(fmt.Errorf("display.Image: %w", err))
	}
	return PNG(buf.Bytes())
}

// JSON returns v as JSON data (application/json), which Jupyter shows as a
// collapsible tree. v is marshalled with encoding/json; it panics if that
// fails. Its text/plain form is the indented JSON.
func JSON(v any) Object {
	raw, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Errorf("display.JSON: %w", err))
	}
	var doc any
	d := json.NewDecoder(bytes.NewReader(raw))
	d.UseNumber() // keep every digit of big integers
	if err := d.Decode(&doc); err != nil {
		panic(fmt.Errorf("display.JSON: %w", err))
	}
	var ind bytes.Buffer
	_ = json.Indent(&ind, raw, "", "  ")
	o := &bundle{data: map[string]any{"text/plain": ind.String(), "application/json": doc}}
	return o
}

// Text returns plain text s, shown as is (no quotes, no escaping), for
// instance as the content of a progress line.
func Text(s string) Object {
	o := newBundle(s)
	return &o
}

// Bundle returns an Object with the given MIME bundle (copied), for types
// this package has no constructor for, such as "text/latex". A missing
// "text/plain" part is filled with a note naming the types.
func Bundle(data map[string]any) Object {
	b := &bundle{data: make(map[string]any, len(data)+1)}
	var types []string
	for k, v := range data {
		b.data[k] = v
		types = append(types, k)
	}
	if _, ok := b.data["text/plain"]; !ok {
		slices.Sort(types)
		b.data["text/plain"] = "[" + strings.Join(types, ", ") + "]"
	}
	return b
}

// BundleOf returns the MIME bundle and metadata with which v is displayed:
//
//   - an [Object]: its MimeBundle (and MimeMetadata, for a [Metadataer]);
//   - an image.Image: the image as PNG;
//   - a value with any of the methods HTML() string, SVG() string,
//     Markdown() string: those parts, with text/plain from String() or
//     fmt.Sprint;
//   - anything else: text/plain from fmt.Sprint.
//
// Hosts (the gonotes kernel) use it for a cell's final value.
func BundleOf(v any) (data, metadata map[string]any) {
	switch x := v.(type) {
	case Object:
		data = x.MimeBundle()
		if m, ok := v.(Metadataer); ok {
			metadata = m.MimeMetadata()
		}
		if data == nil {
			data = map[string]any{}
		}
		if _, ok := data["text/plain"]; !ok {
			data["text/plain"] = fmt.Sprint(v)
		}
		return data, metadata
	case image.Image:
		return BundleOf(Image(x))
	}
	data = map[string]any{"text/plain": fmt.Sprint(v)}
	if x, ok := v.(interface{ HTML() string }); ok {
		data["text/html"] = x.HTML()
	}
	if x, ok := v.(interface{ SVG() string }); ok {
		data["image/svg+xml"] = x.SVG()
	}
	if x, ok := v.(interface{ Markdown() string }); ok {
		data["text/markdown"] = x.Markdown()
	}
	return data, nil
}

// Display shows each value now, as a separate output of the cell that
// started the calling goroutine, or of the cell running now once that cell
// has finished, as printed text goes (see [BundleOf] for how a value is
// shown).
// Outside a notebook it prints each value's text/plain form and a newline on
// standard output.
func Display(vs ...any) {
	for _, v := range vs {
		publish(v, "", false)
	}
}

// ClearOutput clears the output of the calling goroutine's cell, as
// IPython's clear_output: at once, or with wait when the next output
// arrives, so that a loop that clears and prints again shows one updated
// output without flicker — the usual live-progress idiom:
//
//	for i := 1; i <= 10; i++ {
//		display.ClearOutput(true)
//		fmt.Printf("step %d/10\n", i)
//		time.Sleep(100 * time.Millisecond)
//	}
//
// Outside a notebook it clears the terminal line on standard output and
// standard error, as IPython does in a terminal.
func ClearOutput(wait bool) {
	s := hook.OutputScope(hook.Current())
	if s == nil || s.Clear == nil {
		_, _ = io.WriteString(hook.Stdout(), "\x1b[2K\r")
		_, _ = io.WriteString(hook.Stderr(), "\x1b[2K\r")
		return
	}
	s.Clear(wait)
}

// publish sends v to the calling goroutine's cell, or prints its text.
func publish(v any, id string, update bool) {
	data, meta := BundleOf(v)
	s := hook.OutputScope(hook.Current())
	if s == nil || s.Display == nil {
		text, ok := data["text/plain"].(string)
		if !ok {
			text = fmt.Sprint(data["text/plain"])
		}
		if !strings.HasSuffix(text, "\n") {
			text += "\n"
		}
		_, _ = io.WriteString(hook.Stdout(), text)
		return
	}
	s.Display(data, meta, id, update)
}

// Handle is an output with a display id that can be replaced in place, as
// IPython's DisplayHandle. Create one with [NewHandle] or [DisplayID]. A
// Handle may be used from several goroutines.
type Handle struct {
	id string

	mu    sync.Mutex
	shown bool
}

// NewHandle returns a handle with a new, unique display id. Nothing is shown
// until [Handle.Display] or [Handle.Update].
func NewHandle() *Handle { return &Handle{id: newID()} }

// DisplayID shows v with the display id id (a new unique id when id is
// empty) and returns the handle with which to update it. Every output shown
// with the same id, in any cell, is replaced by an update.
func DisplayID(v any, id string) *Handle {
	if id == "" {
		id = newID()
	}
	h := &Handle{id: id}
	h.Display(v)
	return h
}

var idCounter struct {
	sync.Mutex
	n int64
}

// newID returns a random display id ("gonotes-" and 32 hex digits); should
// the system's random source fail, a process-wide counter.
func newID() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		idCounter.Lock()
		idCounter.n++
		n := idCounter.n
		idCounter.Unlock()
		return "gonotes-" + strconv.FormatInt(n, 10)
	}
	return "gonotes-" + hex.EncodeToString(b[:])
}

// ID returns the handle's display id.
func (h *Handle) ID() string { return h.id }

// Display shows v as a new output with the handle's display id.
func (h *Handle) Display(v any) {
	h.mu.Lock()
	h.shown = true
	h.mu.Unlock()
	publish(v, h.id, false)
}

// Update replaces every output shown with the handle's display id by v. If
// the handle was never shown, Update shows v (so a loop can call Update
// alone). Outside a notebook it prints v's text again, on a new line.
func (h *Handle) Update(v any) {
	h.mu.Lock()
	first := !h.shown
	h.shown = true
	h.mu.Unlock()
	publish(v, h.id, !first)
}

// String returns "DisplayHandle(gonotes-...)".
func (h *Handle) String() string { return "DisplayHandle(" + h.id + ")" }
