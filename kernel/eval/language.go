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
	{"struct fields of notebook types have their underlying reflect types in compiled code, and fmt's arguments of notebook types with methods are the interpreter's wrappers: text/template and html/template cannot call the methods of the elements of a []Task field, and fmt names such a type by its underlying type in a bad verb's message (%!d(float64=1.5)) and inside %#v of a struct literal",
		[]string{"text_template/methods.go", "fmt/bad_verb_type_name.go", "public3/text_template_report.go", "public3/reflect_struct_walk.go"}},
	{"a compiled interface (fmt.Stringer, io.Reader) holding a value of a notebook type holds the interpreter's wrapper: where two notebook types share one reflect type (S and T, both int with a String method), %T names the wrapper (stdlib._fmt_Stringer) instead of the notebook type",
		[]string{"fmt/s7_type_of_compiled_iface.go"}},
	{"json.Marshal(&v) does not call a MarshalJSON method with a pointer receiver on a field of v of a notebook type (Go does, the field being addressable); json.Marshal(v) and pointer fields are as in Go",
		[]string{"encoding_json/marshal_addressable_ptr_method.go"}},
	{"a cell's unused imports and top-level variables are not errors (a later cell may use them); inside funcs, unused variables are errors as in Go",
		[]string{"compile_errors/unused_import.go", "compile_errors/unused_var_in_main.go"}},
	{"generic code: an instance of a generic struct type first made through a generic interface type (Container[int]) can miss its fields in its pointer methods (\"undefined selector\"), and x.(*Bag[string]) with Bag[string] not used before says \"type not found\"",
		[]string{"generics2/generic_interface_type.go"}},
	{"a cell's top-level declarations are package-level for the whole cell: `type int = string` or `fmt := ...` at a cell's top level applies to the cell's earlier lines too (inside a func they apply from where they are, as in Go)",
		[]string{"spec_declarations/shadowed_builtins.go", "spec_declarations/shadowed_package_name.go"}},
	{"sync.Mutex, RWMutex, WaitGroup and Cond are the kernel's interruptible replacements (a deadlocked cell can be stopped): unlocking an unlocked Mutex is a panic a cell may recover, where Go ends with a fatal error",
		nil},
	{"unsafe.Slice, unsafe.String, unsafe.StringData and unsafe.SliceData are not provided: a compile error names them",
		[]string{"public2/unsafe_slice_string.go"}},
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
