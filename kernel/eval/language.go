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
	{"compiled code sees a value of a notebook type with methods as its underlying value: two notebook types with the same underlying type are equal in a compiled interface such as fmt.Stringer, and a struct value with a String method stored by compiled code as an any (list.Element.Value, sync.Map) prints without its String method",
		[]string{"spec_types/interface_equality_interpreted.go", "container_list/print_stored_stringer.go"}},
	{"reflect sees no methods on notebook types: text/template and html/template cannot call them, reflect.Type's Methods and MethodByName find nothing, errors.As into a notebook interface type is false; a value of a notebook type without methods has its named reflect type (reflect.TypeOf(User{}).Name() is \"User\"), but slices, maps and arrays of, and pointers to, notebook types have their underlying reflect types (reflect.TypeOf([]ID{1}) is []int, reflect.TypeOf(&Point{}).Elem().Name() is \"\"), and fmt names a notebook type with methods by its underlying type in a bad verb's message (%!d(float64=1.5)) and inside %#v of a struct literal",
		[]string{"text_template/methods.go", "html_template/methods_escape.go", "go126/slog_multihandler_reflect_iters.go", "errors/custom_is.go", "errors/as_anonymous_interface.go", "fmt/bad_verb_type_name.go", "reflect/generic_type_name.go", "reflect/method_by_name_interpreted.go", "reflect/typeof_slices_maps_of_named.go"}},
	{"json.Marshal(&v) does not call a MarshalJSON method with a pointer receiver on a field of v of a notebook type (Go does, the field being addressable); json.Marshal(v) and pointer fields are as in Go",
		[]string{"encoding_json/marshal_addressable_ptr_method.go"}},
	{"a cell's unused imports and top-level variables are not errors (a later cell may use them); inside funcs, unused variables are errors as in Go",
		[]string{"compile_errors/unused_import.go", "compile_errors/unused_var_in_main.go"}},
	{"a compiled interface (io.Reader) holding a notebook value loses the value's other methods: asserting it to another interface (io.Closer, fmt.Stringer, a notebook interface) is false",
		[]string{"spec_assignability/interface_to_interface.go", "patterns/type_assertion_chain.go"}},
	{"a recursive func type (type StateFn func(int) StateFn) fails to compile where a variable of it is declared in a func body or a func returns it (Rob Pike's lexer state functions, the Rosetta Code Y combinator)",
		[]string{"spec_types/recursive_types_tree.go", "programs/lexer_state_fn.go", "rosetta2/y_combinator.go"}},
	{"a generic func instantiated with the type parameter of a generic method (r := NewSet[T]() in a method of Set[T]) can fail to compile (a compiler panic) or make a later call of the func panic",
		[]string{"patterns/generic_types.go", "spec_generics/generic_set_ops.go"}},
	{"a cell's top-level declarations are package-level for the whole cell: `type int = string` or `fmt := ...` at a cell's top level applies to the cell's earlier lines too (inside a func they apply from where they are, as in Go)",
		[]string{"spec_declarations/shadowed_builtins.go", "spec_declarations/shadowed_package_name.go"}},
	{"%T of sync.Mutex, RWMutex, WaitGroup and Cond values (and of RWMutex.RLocker) names the kernel's interruptible replacements (*eval.Mutex): a deadlocked cell can be stopped; unlocking an unlocked Mutex is a panic a cell may recover, where Go ends with a fatal error",
		[]string{"sync2/type_names.go"}},
	{"a variable of type any set from a compiled interface (var a any = si, si a sort.Interface holding a notebook value) holds the interpreter's wrapper: fmt prints the wrapper's fields; fmt.Println(si) itself is as in Go",
		[]string{"fmt/s6_compiled_iface_in_any.go"}},
	{"asserting to a notebook interface type a method promoted from an embedded compiled type (h.(interface{ Handle(string, http.Handler) }), *App embedding http.ServeMux) is false",
		[]string{"net_http/s6_anon_iface_promoted.go"}},
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
