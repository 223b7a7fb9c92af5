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
	{"reflect.TypeOf((*I)(nil)).Elem() and reflect.TypeFor[I]() of an interface type I declared in the notebook are interface types, but a struct field, slice or map element of such a type has the interpreter's struct valueInterface as its reflect type (reflect.TypeOf(app).Elem().Field(0).Type has Kind struct), so a field injector finds no interface field: a method of reflect.Type called on that type, or one of reflect.Value looking at the type of such a value, panics with \"gonotes: reflect cannot see a struct field ... not supported yet\" (a func's parameters and results of such types are the interface types); so do String of a composite type made of it (the type of a field []Shape, map[string]Shape), fmt of such a reflect.Type and its conversion to an any, which would name interp.valueInterface (reflect.TypeOf and %T of a value of type []Shape name []main.Shape)",
		[]string{"reflect/s10_struct_field_iface_type.go", "misc19/reflect_iface_field_type_print_unsupported.go", "misc19/reflect_iface_field_type_string_unsupported.go", "misc20/func_field_iface_type_in_any_unsupported.go"}},
	{"a cell's unused imports and top-level variables are not errors (a later cell may use them); inside funcs, unused variables are errors as in Go",
		[]string{"compile_errors/unused_import.go", "compile_errors/unused_var_in_main.go"}},
	{"a cell's top-level type declarations are package-level for the whole cell: `type int = string` at a cell's top level applies to the cell's earlier lines too (inside a func it applies from where it is, as in Go); `len := 3` or `fmt := ...` apply from where they are",
		[]string{"spec_declarations/shadowed_builtins.go"}},
	{"sync.Mutex, RWMutex, WaitGroup and Cond are the kernel's interruptible replacements (a deadlocked cell can be stopped): unlocking an unlocked Mutex or RWMutex ends the cell with Go's fatal error (no recover stops it), and the kernel lives on",
		nil},
	{"gob.Register keeps a name's type for as long as the kernel runs: after a cell declares a registered type again with other fields or methods, registering it panics \"gob: registering duplicate types\" and says to restart the kernel (declared again the same, it is the same type)",
		nil},
	{"compiled code that would end the process ends the cell instead: the Parse of a flag.FlagSet made with flag.ExitOnError ends the cell as os.Exit(2) does (os.Exit(0) for -help) after the error and the usage, as Go exits the program (called directly or through a method value, parse := fs.Parse); testing.Main ends the cell as os.Exit(0) or os.Exit(1), runtime.Breakpoint and the arguments runtime.SetFinalizer refuses end it with a fatal error",
		nil},
	{"//go:embed gives a string or []byte variable its file from the notebook's folder (the kernel's working directory), read when the cell runs; an embed.FS variable is refused with a clear error (the compiler makes its value): os.DirFS(\".\") is an fs.FS of the same folder; import \"C\" (cgo) is refused with a clear ImportError",
		nil},
	{"an unrecovered panic in a goroutine ends the cell that runs with Go's message; the kernel and its variables stay (a Go program would exit)",
		nil},
	{"a value of a defined type of the notebook in an element of type any of a slice or map inside a notebook struct that compiled code reaches through a pointer (reflect.ValueOf(&bag).Elem().Field(0).Index(0).Elem()) is the interpreter's valueInterface, not the value (a field of type any holds the value; fmt and encoding/json print and encode both right)",
		nil},
	{"a result of a composite of interface types declared in the notebook ([]Shape, map[string]Shape) of a method called by compiled code has the interpreter's valueInterface as its element type, and so has a result of an interface type that reaches itself through its methods' results (type Node interface{ Next() Node })",
		nil},
	{"a cell prints go vet's concurrency warnings (a lock copied by value, WaitGroup.Add first thing in a goroutine, a discarded context cancel function) on stderr; the cell still runs (go run prints nothing, go vet reports them)",
		[]string{"public7/mistakes_copy_lock_value_vet.go"}},
	{"gc (Go 1.25+) gives the first append to a slice that does not escape a 32-byte stack buffer (cap 4 for ints, 32 for bytes); the interpreter follows gc's escape analysis for a local variable of a func, or a variable a cell's top level declares (main's body typed as a cell), whose only uses are len, cap, s[i], range and s = append(s, ...) (in that cell: a later cell appending to it finds it grown), through funcs of the notebook that only read it or return it to a result used so, and through closures called directly, deferred, copied or passed to funcs that only call them (not captured by reference: a closure made before an assignment of the slice); it grows any other slice from the heap (cap 1, 2, 4), and where gc's inlining changes its answer (a func that returns its argument to a slice appended to twice, a closure passed through a func literal) it may print another cap; a slice whose only escape is one return or assignment (Go 1.26: gc grows it in the buffer and copies it to the heap there, with the capacity of its length's size class) has gc's cap for a func gc does not inline",
		nil},
	{"os.Stdin, os.Stdout and os.Stderr are the kernel's own readers and writers (which route a cell's input and output), not *os.File values: %T prints *eval.stdinReader and hook.routed, and w.(*os.File) fails; os.Stdout and os.Stderr kept in an interface (an io.WriteCloser) have Write, WriteString, Close and Sync, where Close and Sync do nothing (the kernel's streams stay open)",
		[]string{"runtime17/os_std_files_type.go"}},
	{"runtime.Caller, runtime.Callers, runtime.FuncForPC and log's Lshortfile and Llongfile name a cell's code as file cell[N] (the cell's number) and its line within the cell; called through a func value (f := runtime.Caller, p := logger.Println), or for the callers of a func that compiled code called (a sort.Slice callback, a deferred func literal), they fail with \"the caller is unknown\"; slog's HandlerOptions.AddSource is refused; runtime.FuncForPC of a notebook func's code pointer (reflect.ValueOf(f).Pointer(), reflect.MakeFunc's stub for every func value) fails rather than name it",
		[]string{"caller17/caller_func_value_unsupported.go", "caller17/caller_in_callback_unsupported.go", "caller17/log_method_value_shortfile_unsupported.go", "caller17/slog_addsource_unsupported.go", "runtime18/funcforpc_value_unsupported.go"}},
	{"a func type that is its own parameter or result type (type Fn func(Fn) int): reflect.TypeOf(f) (f, or an any holding it) and %T name it (main.Fn, In(0) main.Fn), but reflect.ValueOf(f).Type() is its underlying signature with interface {} in place of itself (func(interface {}) int), and so is its place in the type of a func or composite value holding it (func() Fn is func() interface {}) except for reflect.TypeOf of the value itself",
		nil},
	{"the type of a *log.Logger in a cell is the kernel's replacement (Fatal ends the cell): its package is named log, so %T and reflect print *log.Logger, but reflect's PkgPath and its fields are the kernel's, and a *log.Logger that compiled code returns (slog.NewLogLogger) is Go's own type",
		nil},
	{"at a cell's top level a name declared again (x := 1 then var x = 2) is redefined, as a later cell may redefine it (the notebook's redefinition); inside a func, and in one program's whole cell, it is gc's \"x redeclared in this block\"",
		[]string{"lang17/neg_s17_dup_var_scope.go"}},
	{"a cell may use a standard or gonotes package without importing it (strings.ToUpper just works); only a whole program typed as a cell, with its imports and func main, gets gc's \"undefined: strings\" for a package it does not import",
		[]string{"lang18/neg_s18_expr_undefined_strings.go"}},
	{"a variable or constant named init at a cell's top level is a notebook variable (main's body typed as a cell may declare a local init, as Go allows); in a whole program typed as a cell (with func main) it is gc's \"cannot declare init - must be func\"",
		[]string{"lang17/neg_s17_init_var.go"}},
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
