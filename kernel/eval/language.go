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
	{"compiled code sees a value of a notebook type as its underlying value: values of two notebook types with the same underlying type are equal as context.WithValue keys and in a compiled interface such as fmt.Stringer, and once a value of a notebook type such as Celsius (float64 underneath) was stored by compiled code as an any (sync.Map, queue.Queue, context values), a float64 held by an interface matches Celsius in x.(Celsius) and type switches; a context prints a key of a notebook type with its underlying type's name (WithValue(int, ...)); a struct value stored so (list.Element.Value, sync.Map) prints without its String method",
		[]string{"spec_types/interface_equality_interpreted.go", "context/custom_values.go", "context/string_named_key.go", "container_list/print_stored_stringer.go"}},
	{"reflect sees no methods on notebook types: text/template and html/template cannot call them, reflect.Type's Methods is empty, errors.As into a notebook interface type is false; a notebook struct type has no reflect name (reflect.TypeOf(User{}).Name() is \"\"), and fmt names a notebook type by its underlying type in a bad verb's message (%!d(float64=1.5)) and inside %#v of a struct literal",
		[]string{"text_template/methods.go", "html_template/methods_escape.go", "go126/slog_multihandler_reflect_iters.go", "errors/custom_is.go", "gobyexample/struct_tags_reflect.go", "errors/as_anonymous_interface.go", "fmt/bad_verb_type_name.go"}},
	{"json.Marshal(&v) does not call a MarshalJSON method with a pointer receiver on a field of v of a notebook type (Go does, the field being addressable); json.Marshal(v) and pointer fields are as in Go",
		[]string{"encoding_json/marshal_addressable_ptr_method.go"}},
	{"a cell's unused imports and top-level variables are not errors (a later cell may use them); inside funcs, unused variables are errors as in Go",
		[]string{"compile_errors/unused_import.go", "compile_errors/unused_var_in_main.go"}},
	{"a compiled interface (io.Reader) holding a notebook value loses the value's other methods: asserting it to another compiled interface (io.Closer) is false",
		[]string{"spec_assignability/interface_to_interface.go"}},
	{"the method expression of an interface type (Namer.Name) is rejected: \"too many arguments\"",
		[]string{"spec_expressions/method_expressions_forms.go"}},
	{"a variable of a recursive func type declared in a func body (type StateFn func(int) StateFn; var s StateFn) fails to compile",
		[]string{"spec_types/recursive_types_tree.go"}},
	{"a cell's top-level declarations are package-level for the whole cell: `type int = string` or `fmt := ...` at a cell's top level applies to the cell's earlier lines too (inside a func they apply from where they are, as in Go)",
		[]string{"spec_declarations/shadowed_builtins.go", "spec_declarations/shadowed_package_name.go"}},
	{"a variable named nil declared at a cell's top level (nil := \"x\") can make the cell fail to compile (a compiler panic); inside a func it works as in Go",
		[]string{"spec_lexical/shadowing_predeclared_names.go"}},
	{"a variable of type any set from a compiled interface (var a any = si, si a sort.Interface holding a notebook value) holds the interpreter's wrapper: fmt prints the wrapper's fields; fmt.Println(si) itself is as in Go",
		[]string{"fmt/s6_compiled_iface_in_any.go"}},
	{"asserting to a notebook interface type a method promoted from an embedded compiled type (h.(interface{ Handle(string, http.Handler) }), *App embedding http.ServeMux) is false",
		[]string{"net_http/s6_anon_iface_promoted.go"}},
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
