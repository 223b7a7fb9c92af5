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
	{"reflect.TypeOf((*I)(nil)).Elem() and reflect.TypeFor[I]() of an interface type I declared in the notebook are interface types, but a struct field, slice or map element of such a type has the interpreter's struct valueInterface as its reflect type (reflect.TypeOf(app).Elem().Field(0).Type has Kind struct), so a field injector finds no interface field; so is a parameter or result of such a type of a func (reflect.TypeOf(func() Logger { ... }).Out(0)), so a DI container keying providers by their result types mixes them up",
		[]string{"reflect/s10_struct_field_iface_type.go", "reflect/s11_di_container.go"}},
	{"a cell's unused imports and top-level variables are not errors (a later cell may use them); inside funcs, unused variables are errors as in Go",
		[]string{"compile_errors/unused_import.go", "compile_errors/unused_var_in_main.go"}},
	{"a cell's top-level type declarations are package-level for the whole cell: `type int = string` at a cell's top level applies to the cell's earlier lines too (inside a func it applies from where it is, as in Go); `len := 3` or `fmt := ...` apply from where they are",
		[]string{"spec_declarations/shadowed_builtins.go"}},
	{"sync.Mutex, RWMutex, WaitGroup and Cond are the kernel's interruptible replacements (a deadlocked cell can be stopped): unlocking an unlocked Mutex is a panic a cell may recover, where Go ends with a fatal error",
		nil},
	{"gob.Register keeps a name's type for as long as the kernel runs: after a cell declares a registered type again with other fields or methods, registering it panics \"gob: registering duplicate types\" and says to restart the kernel (declared again the same, it is the same type)",
		nil},
	{"compiled code that would end the process ends the cell instead: a flag.FlagSet made with flag.ExitOnError panics with the error of a bad argument (Go prints it and exits with status 2), testing.Main ends the cell as os.Exit(0) or os.Exit(1), runtime.Breakpoint and the arguments runtime.SetFinalizer refuses end it with a fatal error",
		nil},
	{"an unrecovered panic in a goroutine ends the cell that runs with Go's message; the kernel and its variables stay (a Go program would exit)",
		nil},
	{"a value of a defined type of the notebook in a place of type any inside a notebook struct, map or slice that compiled code reaches through a pointer (reflect.ValueOf(&node).Elem().Field(i).Elem()) is the interpreter's valueInterface, not the value (fmt and encoding/json print and encode it right)",
		[]string{"reflect/s11_deep_printer.go"}},
	{"the reflect type of a func literal names the underlying types of the notebook types in its signature (reflect.TypeOf(func(e UserCreated) {}).In(0) is struct { Name string }), so code matching it against reflect.TypeOf(value) (an event bus keyed by handler parameter types) finds no match",
		[]string{"reflect/s11_event_bus.go"}},
	{"a map whose key is a struct (or array) with a field of type any holding a value of a notebook type (map[Key]V, Key{Kind string; ID any}, ID = Point{1, 2}) hashes that field by the interpreter's wrapper: an equal key made elsewhere is not found, and setting it adds a second entry (keys of type any itself work)",
		[]string{"public6/struct_key_any_field_notebook_value.go"}},
	{"a comma-ok form assigned to an existing variable of an interface type declared in the notebook (var s Shape; s, ok = m[k] or x.(Sq) or <-ch, the value of a concrete type) panics \"reflect.Set: value of type ... is not assignable to type interp.valueInterface\"; `s, ok := ...` (a new variable of the concrete type) and `s, err = f()` work",
		[]string{"public6/comma_ok_into_iface_var.go"}},
	{"a value of an unnamed struct type in an interface (any(struct{ X, Y int }{1, 2})) compares equal to a value of a notebook struct type with the same fields (any(Point{1, 2})), and x.(Point) succeeds on it; %T and type switches tell them apart",
		[]string{"public7/iface_anonymous_struct_vs_named.go"}},
	{"a cell prints go vet's concurrency warnings (a lock copied by value, WaitGroup.Add first thing in a goroutine, a discarded context cancel function) on stderr; the cell still runs (go run prints nothing, go vet reports them)",
		[]string{"public7/mistakes_copy_lock_value_vet.go"}},
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
