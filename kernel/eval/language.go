package eval

import (
	goruntime "runtime"
	"strings"
)

// GoVersion is the Go release whose language and standard library a cell
// speaks: the toolchain gonotes was built with. The standard library's
// symbol tables and generic sources are generated from that toolchain
// (go generate in third_party/yaegi/stdlib), and the conformance suite
// (testdata/conformance) compares cells with `go run` of that toolchain.
var GoVersion = goruntime.Version()

// Unsupported lists what a cell cannot do yet as `go run` does, each with
// what the user sees instead. It is the short form of
// testdata/conformance/UNSUPPORTED: every program listed there as a known
// difference is named by one of these items (gaps), which a test checks.
var Unsupported = func() []string {
	out := make([]string, len(gaps))
	for i, g := range gaps {
		out[i] = g.what
	}
	return out
}()

// A gap is a difference from `go run` and the conformance programs
// (section/name.go) that show it.
type gap struct {
	what     string
	programs []string
}

var gaps = []gap{
	{"a value of a defined type without methods (type Celsius float64) keeps its type in an interface only when assigned to a variable of type any: as an element of []any{...}, an arithmetic result or an untyped constant it is its underlying value (%T, type switches, == and map[any] keys see float64)",
		[]string{"spec_assignability/untyped_consts_iface.go", "spec_statements/switch_on_interfaces.go", "spec_statements/type_switch_mixed.go", "spec_types/interface_compare_dynamic.go", "spec_types/map_any_keys.go", "spec_types/any_methodless_named.go", "spec_types/interface_equality_interpreted.go", "context/custom_values.go", "encoding_json/any_values.go"}},
	{"reflect sees no methods on notebook types: text/template and html/template cannot call them, reflect.Type's Methods is empty, errors.As into a notebook interface type is false; a notebook struct type has no reflect name (reflect.TypeOf(User{}).Name() is \"\")",
		[]string{"text_template/methods.go", "html_template/methods_escape.go", "go126/slog_multihandler_reflect_iters.go", "errors/custom_is.go", "gobyexample/struct_tags_reflect.go"}},
	{"constant arithmetic that overflows a typed constant's type (small - 1, small an int8 constant -128) is not rejected",
		[]string{"tour/typed_const_overflow.go"}},
	{"%#v of a slice of a notebook type with a GoString method prints []interface {}{...}",
		[]string{"fmt/gostringer_formatter.go"}},
	{"a composite literal assigned to a struct field of a notebook interface type panics, and a notebook interface embedding io.Reader is not accepted by io.ReadAll",
		[]string{"spec_assignability/struct_field_iface.go", "spec_types/interface_embedding_overlap.go"}},
	{"a cell's unused imports and top-level variables are not errors (a later cell may use them); inside funcs, unused variables are errors as in Go",
		[]string{"compile_errors/unused_import.go", "compile_errors/unused_var_in_main.go"}},
	{"an unrecovered panic in a goroutine ends the cell that runs with Go's message; the kernel and its variables stay (a Go program would exit)",
		nil},
}

// Banner is the kernel_info_reply banner: the Go version cells speak and
// what they cannot do yet.
func Banner(version string) string {
	var b strings.Builder
	b.WriteString("gonotes " + version + ": Go " + GoVersion + " (language and standard library, generics and iterators included), interpreted by yaegi, with Python-style threads, queues and processes.\n")
	b.WriteString("IPython's lines: !COMMAND (a shell line), " + strings.Join(magicNames(lineMagics, "%"), " ") + ", " + strings.Join(magicNames(cellMagics, "%%"), " ") + " (see %help).\n")
	b.WriteString("Not yet as `go run` does:\n")
	for _, u := range Unsupported {
		b.WriteString("  - " + u + "\n")
	}
	return strings.TrimSuffix(b.String(), "\n")
}
