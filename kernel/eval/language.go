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
	{"compiled code sees a value of a notebook type with methods as its underlying value: a struct value with a String method stored by compiled code as an any (list.Element.Value, sync.Map) prints without its String method",
		[]string{"container_list/print_stored_stringer.go"}},
	{"reflect sees no methods on notebook types: text/template and html/template cannot call them, reflect.Type's Methods and MethodByName find nothing; a value of a notebook type without methods, and a pointer to, or a slice, array, map or chan of, such values have their named reflect types (reflect.TypeOf([]User{}) is []main.User), but a struct field of a notebook type has its underlying reflect type, and fmt names a notebook type with methods by its underlying type in a bad verb's message (%!d(float64=1.5)) and inside %#v of a struct literal",
		[]string{"text_template/methods.go", "html_template/methods_escape.go", "go126/slog_multihandler_reflect_iters.go", "fmt/bad_verb_type_name.go", "reflect/method_by_name_interpreted.go"}},
	{"json.Marshal(&v) does not call a MarshalJSON method with a pointer receiver on a field of v of a notebook type (Go does, the field being addressable); json.Marshal(v) and pointer fields are as in Go",
		[]string{"encoding_json/marshal_addressable_ptr_method.go"}},
	{"a cell's unused imports and top-level variables are not errors (a later cell may use them); inside funcs, unused variables are errors as in Go",
		[]string{"compile_errors/unused_import.go", "compile_errors/unused_var_in_main.go"}},
	{"generic code: an instance of a generic struct type first made through a generic interface type (Container[int]) can miss its fields in its pointer methods (\"undefined selector\"), and x.(*Bag[string]) with Bag[string] not used before says \"type not found\"",
		[]string{"generics2/generic_interface_type.go"}},
	{"a cell's top-level declarations are package-level for the whole cell: `type int = string` or `fmt := ...` at a cell's top level applies to the cell's earlier lines too (inside a func they apply from where they are, as in Go)",
		[]string{"spec_declarations/shadowed_builtins.go", "spec_declarations/shadowed_package_name.go"}},
	{"a typed float32 constant compared with a float32 variable uses the constant's exact value, not its float32 rounding (const a float32 = 1.0 / 3; a == x is false for x a float32 variable of the same value)",
		[]string{"spec_constants/s7_float32_const_compare.go"}},
	{"sync.Mutex, RWMutex, WaitGroup and Cond are the kernel's interruptible replacements (a deadlocked cell can be stopped): unlocking an unlocked Mutex is a panic a cell may recover, where Go ends with a fatal error",
		nil},
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
