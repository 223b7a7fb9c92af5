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
	{"reflect.TypeOf((*I)(nil)).Elem() and reflect.TypeFor[I]() of an interface type I declared in the notebook are interface types, but a struct field, slice or map element of such a type has the interpreter's struct valueInterface as its reflect type (reflect.TypeOf(app).Elem().Field(0).Type has Kind struct), so a field injector finds no interface field (a func's parameters and results of such types are the interface types)",
		[]string{"reflect/s10_struct_field_iface_type.go"}},
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
	{"//go:embed gives a string or []byte variable its file from the notebook's folder (the kernel's working directory), read when the cell runs; an embed.FS variable is refused with a clear error (the compiler makes its value): os.DirFS(\".\") is an fs.FS of the same folder; import \"C\" (cgo) is refused with a clear ImportError",
		nil},
	{"an unrecovered panic in a goroutine ends the cell that runs with Go's message; the kernel and its variables stay (a Go program would exit)",
		nil},
	{"a value of a defined type of the notebook in an element of type any of a slice or map inside a notebook struct that compiled code reaches through a pointer (reflect.ValueOf(&bag).Elem().Field(0).Index(0).Elem()) is the interpreter's valueInterface, not the value (a field of type any holds the value; fmt and encoding/json print and encode both right)",
		nil},
	{"a field of an interface type declared in the notebook (Best Shape) of a struct type that has methods, read by compiled code (text/template's {{.Best.Area}}), is the interpreter's valueInterface, so the template cannot evaluate the methods or fields of the value it holds (without methods, and through methods returning Shape, FuncMap functions, such values work); so is a result of a composite of such types ([]Shape, map[string]Shape) of a method called by compiled code, and a result of an interface type that reaches itself through its methods' results (type Node interface{ Next() Node })",
		[]string{"text_template/s12_method_returns_iface.go"}},
	{"a cell prints go vet's concurrency warnings (a lock copied by value, WaitGroup.Add first thing in a goroutine, a discarded context cancel function) on stderr; the cell still runs (go run prints nothing, go vet reports them)",
		[]string{"public7/mistakes_copy_lock_value_vet.go"}},
	{"encoding/gob cannot encode a struct type that reaches itself (Next *Node) and has a field of an interface type declared in the notebook (\"gob: type interp.valueInterface has no exported fields\"); either alone works",
		[]string{"public9b/std_gob_roundtrip_iface.go"}},
	{"a method promoted into an anonymous struct type (struct{ *Invoice; Title string }) from an embedded type of the notebook is not seen by compiled code (text/template's {{.Count}} of such data); a named struct type works",
		[]string{"public9b/s14_template_anon_struct_promoted_method.go"}},
	{"append to a nil slice that does not escape (only its len and cap are used) grows as a heap slice does (cap 1, 2, 4, 8 for ints); gc gives such a slice's first backing array a 32-byte buffer on the stack (cap 4 for ints, 32 for bytes), which its escape analysis decides and the interpreter does not have",
		[]string{"public10b/s15_append_nil_slice_cap_stack_buffer.go"}},
	{"runtime.Caller in a cell, and log's Lshortfile and Llongfile flags (which call it), report the interpreter's own Go frames (reflect/value.go) instead of the cell's file and line",
		[]string{"public11a/log_shortfile_caller_line.go", "public11b/log_logger_loggeroutput.go"}},
	{"a deadlock is not reported once a cell made a timer that may be reset or repeats (time.NewTimer, NewTicker, Tick, AfterFunc), even one stopped since: the kernel cannot see a timer's Stop or Reset, so the deadlock detector stays off for the rest of the session and the blocked cell runs until it is interrupted (Go reports the deadlock as soon as no timer is pending)",
		nil},
	{"a func type that is its own parameter or result type (type Fn func(Fn) int): reflect.TypeOf(f) (f, or an any holding it) and %T name it (main.Fn, In(0) main.Fn), but reflect.ValueOf(f).Type() is its underlying signature with interface {} in place of itself (func(interface {}) int), and so is its place in the type of a func or composite value holding it (func() Fn is func() interface {}) except for reflect.TypeOf of the value itself",
		nil},
	{"text/template cannot call the methods of the elements of a []I or map[string]I field (I an interface declared in the notebook) of a struct type that has methods ({{range .Animals}}{{.Sound}} on a *Zoo with a method: can't evaluate field Sound in type interp.valueInterface); without the struct's methods it works",
		[]string{"public11b/stu_template_zoo_iface_slice_method_struct.go"}},
	{"the type of a *log.Logger in a cell is the kernel's replacement: reflect prints *eval.Logger for the type of a field of type *log.Logger (embedded or not); its methods are log.Logger's",
		[]string{"embed17/logger_ptr_embedded.go"}},
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
