package eval

import (
	"fmt"
	"image"
	"reflect"
	"strconv"
	"strings"

	"github.com/gonotes/gonotes/lib/display"
	"github.com/gonotes/gonotes/lib/hook"
	"github.com/traefik/yaegi/interp"
)

// The final expression of a cell is compiled as __gonotes.Show(expr). An
// interpreted value reaches compiled code without its methods, so Show is
// registered in yaegi's MapTypes with the interfaces below: yaegi then wraps
// a value whose type has those methods in the matching wrapper struct (the
// mechanism fmt.Println uses for String methods). Order matters: the first
// interface the type implements wins, so combinations come first.

type htmlStringer interface {
	HTML() string
	String() string
}
type svgStringer interface {
	SVG() string
	String() string
}
type markdownStringer interface {
	Markdown() string
	String() string
}
type mimeBundler interface{ MimeBundle() map[string]any }
type htmler interface{ HTML() string }
type svger interface{ SVG() string }
type markdowner interface{ Markdown() string }
type stringer interface{ String() string }
type errorer interface{ Error() string }

// unwrapper is implemented by the wrappers: the interpreted value itself.
type unwrapper interface{ unwrap() any }

type _htmlStringer struct {
	IValue  any
	WHTML   func() string
	WString func() string
}

func (w _htmlStringer) HTML() string   { return w.WHTML() }
func (w _htmlStringer) String() string { return w.WString() }
func (w _htmlStringer) unwrap() any    { return w.IValue }

type _svgStringer struct {
	IValue  any
	WSVG    func() string
	WString func() string
}

func (w _svgStringer) SVG() string    { return w.WSVG() }
func (w _svgStringer) String() string { return w.WString() }
func (w _svgStringer) unwrap() any    { return w.IValue }

type _markdownStringer struct {
	IValue    any
	WMarkdown func() string
	WString   func() string
}

func (w _markdownStringer) Markdown() string { return w.WMarkdown() }
func (w _markdownStringer) String() string   { return w.WString() }
func (w _markdownStringer) unwrap() any      { return w.IValue }

type _mimeBundler struct {
	IValue      any
	WMimeBundle func() map[string]any
}

func (w _mimeBundler) MimeBundle() map[string]any { return w.WMimeBundle() }
func (w _mimeBundler) unwrap() any                { return w.IValue }

type _htmler struct {
	IValue any
	WHTML  func() string
}

func (w _htmler) HTML() string { return w.WHTML() }
func (w _htmler) unwrap() any  { return w.IValue }

type _svger struct {
	IValue any
	WSVG   func() string
}

func (w _svger) SVG() string { return w.WSVG() }
func (w _svger) unwrap() any { return w.IValue }

type _markdowner struct {
	IValue    any
	WMarkdown func() string
}

func (w _markdowner) Markdown() string { return w.WMarkdown() }
func (w _markdowner) unwrap() any      { return w.IValue }

type _stringer struct {
	IValue  any
	WString func() string
}

func (w _stringer) String() string { return w.WString() }
func (w _stringer) unwrap() any    { return w.IValue }

type _errorer struct {
	IValue any
	WError func() string
}

func (w _errorer) Error() string { return w.WError() }
func (w _errorer) unwrap() any   { return w.IValue }

// wrappers returns the Use table that registers the wrappers and maps Show's
// arguments to them.
func wrappers(show []reflect.Value) interp.Exports {
	types := []reflect.Type{
		reflect.TypeOf((*mimeBundler)(nil)).Elem(),
		reflect.TypeOf((*htmlStringer)(nil)).Elem(),
		reflect.TypeOf((*svgStringer)(nil)).Elem(),
		reflect.TypeOf((*markdownStringer)(nil)).Elem(),
		reflect.TypeOf((*htmler)(nil)).Elem(),
		reflect.TypeOf((*svger)(nil)).Elem(),
		reflect.TypeOf((*markdowner)(nil)).Elem(),
		reflect.TypeOf((*image.Image)(nil)).Elem(),
		reflect.TypeOf((*errorer)(nil)).Elem(),
		reflect.TypeOf((*stringer)(nil)).Elem(),
	}
	pkg := reflect.TypeOf((*htmler)(nil)).Elem().PkgPath()
	return interp.Exports{
		pkg + "/eval": {
			"_htmlStringer":     reflect.ValueOf((*_htmlStringer)(nil)),
			"_svgStringer":      reflect.ValueOf((*_svgStringer)(nil)),
			"_markdownStringer": reflect.ValueOf((*_markdownStringer)(nil)),
			"_mimeBundler":      reflect.ValueOf((*_mimeBundler)(nil)),
			"_htmler":           reflect.ValueOf((*_htmler)(nil)),
			"_svger":            reflect.ValueOf((*_svger)(nil)),
			"_markdowner":       reflect.ValueOf((*_markdowner)(nil)),
			"_stringer":         reflect.ValueOf((*_stringer)(nil)),
			"_errorer":          reflect.ValueOf((*_errorer)(nil)),
		},
		".": {"MapTypes": reflect.ValueOf(map[reflect.Value][]reflect.Type{show[0]: types, show[1]: types})},
	}
}

// bundle builds the MIME bundle of a cell's result: text/plain always; the
// value's own bundle when it has a MimeBundle method (lib/display.Object,
// with its MimeMetadata under hook.ResultMetadata); a picture (image/png)
// for an image.Image;
// else text/html, image/svg+xml, text/markdown when a single value has an
// HTML, SVG or Markdown method. Several values (a multi-value call) are shown as
// a tuple: (3, true).
func bundle(vs []any) map[string]any {
	texts := make([]string, len(vs))
	for i, v := range vs {
		if sh, ok := v.(shown); ok {
			texts[i] = sh.text
			vs[i] = sh.v
			if _, ok := sh.v.(unwrapper); !ok {
				texts[i] = formatValue(sh.v)
			}
			continue
		}
		texts[i] = formatValue(v)
	}
	data := map[string]any{}
	if len(vs) == 1 {
		data["text/plain"] = texts[0]
		v := vs[0]
		if b, ok := v.(mimeBundler); ok {
			// lib/display's Object (and any value with a MimeBundle method).
			if m := b.MimeBundle(); len(m) > 0 {
				for k, x := range m {
					data[k] = x
				}
				if md, ok := v.(display.Metadataer); ok {
					if meta := md.MimeMetadata(); len(meta) > 0 {
						data[hook.ResultMetadata] = meta
					}
				}
				return data
			}
		}
		if img, ok := v.(image.Image); ok {
			// A picture (a notebook's type implementing image.Image
			// arrives in yaegi's wrapper of image.Image, see wrappers).
			if d, ok := imageBundle(img); ok {
				return d
			}
		}
		if h, ok := v.(htmler); ok {
			data["text/html"] = h.HTML()
		}
		if h, ok := v.(svger); ok {
			data["image/svg+xml"] = h.SVG()
		}
		if h, ok := v.(markdowner); ok {
			data["text/markdown"] = h.Markdown()
		}
	} else {
		data["text/plain"] = "(" + strings.Join(texts, ", ") + ")"
	}
	return data
}

// imageBundle is the bundle of a cell whose value is img: the picture as
// PNG, with its size in the metadata; false if it cannot be encoded (an
// empty image), which is then shown as text.
func imageBundle(img image.Image) (data map[string]any, ok bool) {
	defer func() {
		if recover() != nil {
			data, ok = nil, false
		}
	}()
	data, meta := display.BundleOf(display.Image(img))
	if len(meta) > 0 {
		data[hook.ResultMetadata] = meta
	}
	return data, true
}

// formatValue is a value's text/plain form: strings are quoted (%q), errors
// and Stringers show their message, structs (and pointers to them) show
// their field names (%+v), everything else is %v.
func formatValue(v any) string {
	switch x := v.(type) {
	case nil:
		return "<nil>"
	case error:
		return x.Error()
	case fmt.Stringer:
		return x.String()
	case unwrapper:
		return formatValue(x.unwrap())
	}
	rv := reflect.ValueOf(v)
	switch {
	case rv.Kind() == reflect.String:
		return strconv.Quote(rv.String())
	case rv.Kind() == reflect.Struct,
		rv.Kind() == reflect.Pointer && !rv.IsNil() && rv.Elem().Kind() == reflect.Struct:
		return fmt.Sprintf("%+v", v)
	}
	return fmt.Sprintf("%v", v)
}
