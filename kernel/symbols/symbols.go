// Package symbols holds the yaegi symbol tables of the gonotes library
// (lib/...), so that notebook cells can import its packages, e.g.
// `import "github.com/gonotes/gonotes/lib/threading"`.
//
// The tables are generated: run `go generate ./kernel/symbols` after changing
// an exported API of lib/. Never edit the generated files by hand. Besides
// yaegi's tables, genfast writes Fast: typed callers of the library's
// functions and methods, through which cells call them without
// reflect.Value.Call.
package symbols

import "reflect"

//go:generate go run github.com/traefik/yaegi/cmd/yaegi extract github.com/gonotes/gonotes/lib/hook github.com/gonotes/gonotes/lib/threading github.com/gonotes/gonotes/lib/queue github.com/gonotes/gonotes/lib/futures github.com/gonotes/gonotes/lib/subprocess github.com/gonotes/gonotes/lib/multiprocessing github.com/gonotes/gonotes/lib/display github.com/gonotes/gonotes/lib/timeline github.com/gonotes/gonotes/lib/comm github.com/gonotes/gonotes/lib/widgets
//go:generate go run ./genfast -o fast.go -pkg symbols github.com/gonotes/gonotes/lib/hook github.com/gonotes/gonotes/lib/threading github.com/gonotes/gonotes/lib/queue github.com/gonotes/gonotes/lib/futures github.com/gonotes/gonotes/lib/subprocess github.com/gonotes/gonotes/lib/multiprocessing github.com/gonotes/gonotes/lib/display github.com/gonotes/gonotes/lib/timeline github.com/gonotes/gonotes/lib/comm github.com/gonotes/gonotes/lib/widgets
//go:generate go run ./genfast -o stdfast.go -pkg symbols -var StdFast -variadic -only Sprintf,Sprint,Sprintln,Printf,Println,Print,Errorf,Fprintf,Fprintln,Fprint,Builder,Buffer,Itoa,Atoi,FormatInt,FormatFloat,ParseFloat,Contains,ContainsRune,HasPrefix,HasSuffix,Index,IndexByte,ToUpper,ToLower,TrimSpace,Repeat,Fields,Split,Join,EqualFold,IsLetter,IsDigit,IsSpace,IsUpper,IsLower,IsPunct,Sqrt,Abs,Floor,Ceil,Pow,Max,Min,Mod,Hypot,Inf,IsNaN,IsInf,Log,Exp,Sin,Cos,Round,Trunc fmt strings bytes strconv unicode math
//go:generate go run ./gendoc -o libdoc.go ../../lib/hook ../../lib/threading ../../lib/queue ../../lib/futures ../../lib/subprocess ../../lib/multiprocessing ../../lib/display ../../lib/timeline ../../lib/comm ../../lib/widgets

// Symbols maps "importpath/pkgname" to the exported symbols of that package,
// in the form interp.Interpreter.Use expects.
var Symbols = map[string]map[string]reflect.Value{}

// With lists the third-party packages compiled into this binary by
// `gonotes build --with` (genwith adds their tables to Symbols); none in a
// plain build.
var With []string
