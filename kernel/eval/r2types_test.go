package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Values of notebook (interpreted) types passed to compiled code: a value
// whose type implements a compiled interface (io.Writer, error, fmt.Stringer)
// is wrapped so that compiled code sees its methods. Every want below is what
// `go run` prints for the program made of decls and of func main() { body }
// (R2TYPES_DUMP=dir writes those programs).
type r2typesCase struct {
	name, decls, body, want string
}

var r2typesCases = []r2typesCase{
	// Arguments of a variadic parameter of interface type.
	{"VariadicWriter", `import (
	"bytes"
	"fmt"
	"io"
	"os"
)
type upper struct{ w io.Writer }
func (u upper) Write(p []byte) (int, error) { return u.w.Write(bytes.ToUpper(p)) }`, `var b1 bytes.Buffer
mw := io.MultiWriter(&b1, upper{os.Stdout})
fmt.Fprintln(mw, "tee")
fmt.Print(b1.String())
ws := []io.Writer{upper{os.Stdout}}
fmt.Fprintln(io.MultiWriter(ws...), "slice")`, `TEE
tee
SLICE
`},
	{"ErrorsJoin", `import (
	"errors"
	"fmt"
)
type NotFound struct{ Key string }
func (e NotFound) Error() string { return "missing " + e.Key }`, `j := errors.Join(errors.New("x"), NotFound{"j"})
fmt.Println(j)
var nf NotFound
fmt.Println(errors.As(j, &nf), nf.Key)`, `x
missing j
true j
`},
	// errors.Is and errors.As walk Unwrap, Is and As methods of
	// interpreted errors; errors.As fills a target of an interpreted type.
	{"ErrorsIsAs", `import (
	"errors"
	"fmt"
	"os"
)
type ValidationError struct {
	Field string
	Err   error
}
func (v *ValidationError) Error() string { return v.Field + ": " + v.Err.Error() }
func (v *ValidationError) Unwrap() error { return v.Err }
var ErrEmpty = errors.New("empty")
type codeErr int
func (c codeErr) Error() string   { return fmt.Sprintf("code %d", int(c)) }
func (c codeErr) Is(t error) bool { return t == ErrEmpty && c == 0 }
type multi []error
func (m multi) Error() string { return "multi" }
func (m multi) Unwrap() []error { return m }
type asErr struct{}
func (asErr) Error() string { return "asErr" }
func (asErr) As(target any) bool {
	if p, ok := target.(*codeErr); ok {
		*p = 42
		return true
	}
	return false
}
func validate(name string) error {
	if name == "" {
		return &ValidationError{"name", ErrEmpty}
	}
	return nil
}`, `err := validate("")
fmt.Println(err, errors.Is(err, ErrEmpty))
var ve *ValidationError
fmt.Println(errors.As(err, &ve), ve.Field)
fmt.Println(errors.Is(codeErr(0), ErrEmpty), errors.Is(codeErr(1), ErrEmpty))
w := fmt.Errorf("ctx: %w", &ValidationError{"f", os.ErrNotExist})
var ve2 *ValidationError
fmt.Println(errors.As(w, &ve2), ve2.Field, errors.Is(w, os.ErrNotExist))
var pe *os.PathError
_, err2 := os.Open("/nonexistent/x")
fmt.Println(errors.As(fmt.Errorf("w: %w", err2), &pe), pe.Path)
var ce codeErr
fmt.Println(errors.As(errors.Join(errors.New("a"), codeErr(7)), &ce), ce)
m := multi{errors.New("a"), codeErr(0)}
fmt.Println(errors.Is(m, ErrEmpty), errors.As(m, &ce), ce)
fmt.Println(errors.As(fmt.Errorf("x: %w", asErr{}), &ce), ce)
fmt.Println(errors.As(errors.New("plain"), &ce), errors.As(err, &pe))`, `name: empty true
true name
true false
true f true
true /nonexistent/x
true code 7
true true code 0
true code 42
false false
`},
	// fmt calls String, Error and GoString only for some verbs and formats
	// the value itself for the others.
	{"FmtVerbs", `import (
	"fmt"
)
type Color int
func (c Color) String() string { return [...]string{"Red", "Green"}[c] }
type Secret string
func (Secret) GoString() string { return "Secret(***)" }
type code int
func (c code) Error() string { return fmt.Sprintf("code %d", int(c)) }`, `fmt.Printf("%v %s %d %q %x %5d|%-7v|\n", Color(1), Color(1), Color(1), Color(1), Color(1), Color(1), Color(0))
fmt.Printf("%#v %v\n", Secret("pw"), Secret("pw"))
var e error = code(3)
fmt.Printf("%v %d %s %q %05d\n", code(3), code(3), e, e, e)
fmt.Println(fmt.Sprint(Color(0)), fmt.Sprintf("%d", Color(0)), fmt.Errorf("%d: %w", Color(1), code(2)))`, `Green Green 1 "Green" 477265656e     1|Red    |
Secret(***) pw
code 3 3 code 3 "code 3" 00003
Red 0 1: code 2
`},
	// Elements of slices, arrays and maps, and exported fields of structs,
	// of interpreted types with String or Error methods.
	{"FmtComposites", `import (
	"errors"
	"fmt"
)
type Color int
func (c Color) String() string { return [...]string{"Red", "Green"}[c] }
type E struct{ c int }
func (e *E) Error() string {
	if e == nil {
		return "nilE"
	}
	return fmt.Sprint("E", e.c)
}
type T struct {
	A Color
	b Color
}
type U struct {
	T
	C []Color
	m map[Color]bool
}`, `fmt.Println([]Color{1, 0})
fmt.Println(map[Color]int{1: 1, 0: 2})
fmt.Printf("%v %d %s\n", [2]Color{1, 0}, []Color{1, 0}, map[string][]Color{"a": {1}})
fmt.Println([]*E{{1}, nil}, []error{&E{2}, errors.New("x")})
var cs []Color
fmt.Println(cs, len(cs))
fmt.Println(T{1, 1}, []T{{1, 0}})
fmt.Println(&T{0, 1})
fmt.Printf("%v %+v\n", U{T{1, 0}, []Color{0}, nil}, U{C: []Color{1}})
s := fmt.Sprint([]Color{0, 1})
fmt.Println(s, len(s))`, `[Green Red]
map[Red:2 Green:1]
[Green Red] [1 0] map[a:[Green]]
[E1 nilE] [E2 x]
[] 0
{Green 1} [{Green 0}]
&{Red 1}
{{Green 0} [Red] map[]} {T:{A:Red b:0} C:[Green] m:map[]}
[Red Green] 11
`},
	// %T of interpreted types in printf-like calls.
	{"PrintfT", `import "fmt"
type Celsius float64
type point struct{ x, y int }
type Color int
func (c Color) String() string { return "c" }
type Shape interface{ Area() float64 }
type Sq struct{ s float64 }
func (q Sq) Area() float64 { return q.s * q.s }`, `var e error = fmt.Errorf("x")
var sh Shape = Sq{2}
fmt.Printf("%T %T %T %T|%12T|%T %T\n", Celsius(1), point{}, &point{}, []Color{1}, Color(1), e, sh)
fmt.Printf("%T %T %T %v %d%%\n", map[string]point{}, 3, "s", Celsius(2), 5)
s := fmt.Sprintf("%T", Celsius(1))
fmt.Println(s)`, `main.Celsius main.point *main.point []main.Color|  main.Color|*errors.errorString main.Sq
map[string]main.point int string 2 5%
main.Celsius
`},
	// %#v of interpreted struct types in printf-like calls.
	{"PrintfSharpV", `import "fmt"
type point struct{ x, y int }
type inner struct {
	a int
	b string
}
type outer struct {
	In inner
	P  *point
	L  []inner
}`, `fmt.Printf("%#v %#v\n", point{1, 2}, []inner{{3, "z"}})
fmt.Printf("%#v|%v|%#v\n", outer{inner{1, "a"}, nil, []inner{{2, "b"}}}, point{5, 6}, map[string]point{"k": {1, 1}})
fmt.Println(fmt.Sprintf("%#v %T", &point{7, 8}, point{}))`, `main.point{x:1, y:2} []main.inner{main.inner{a:3, b:"z"}}
main.outer{In:main.inner{a:1, b:"a"}, P:(*main.point)(nil), L:[]main.inner{main.inner{a:2, b:"b"}}}|{5 6}|map[string]main.point{"k":main.point{x:1, y:1}}
&main.point{x:7, y:8} main.point
`},
	// Interface elements ([]any, map[string]any, []Shape, fields of type
	// any) holding values of interpreted types, and f(s...).
	{"FmtInterfaceElems", `import "fmt"
type Color int
func (c Color) String() string { return "C" }
func show(v any) { fmt.Println(v); fmt.Printf("%v %T\n", v, v) }
type Shape interface{ Area() int }
type Sq struct{ S int }
func (q Sq) Area() int { return q.S }
type W struct {
	V any
	E error
}`, `show(Color(1))
var x any = Color(1)
fmt.Println(x)
vals := []any{Color(1), 2}
fmt.Println(vals...)
fmt.Println(vals)
shapes := []Shape{Sq{2}, nil}
fmt.Println(shapes, map[string]any{"a": Color(0), "b": 1, "n": nil})
fmt.Printf("%v %+v\n", W{Color(1), nil}, []W{{3, fmt.Errorf("e")}})`, `C
C main.Color
C
C 2
[C 2]
[{2} <nil>] map[a:C b:1 n:<nil>]
{C <nil>} [{V:3 E:e}]
`},
}

func TestR2Types(t *testing.T) {
	if dir := os.Getenv("R2TYPES_DUMP"); dir != "" {
		for _, tc := range r2typesCases {
			decls, imports := tc.decls, ""
			if strings.HasPrefix(decls, "import") {
				end := strings.Index(decls, ")\n") + 2
				if !strings.HasPrefix(decls, "import (") {
					end = strings.Index(decls, "\n") + 1
				}
				imports, decls = decls[:end], decls[end:]
			}
			prog := "package main\n\n" + imports + "\n" + decls + "\n\nfunc main() {\n" + tc.body + "\n}\n"
			d := filepath.Join(dir, tc.name)
			os.MkdirAll(d, 0o755)
			if err := os.WriteFile(filepath.Join(d, "main.go"), []byte(prog), 0o644); err != nil {
				t.Fatal(err)
			}
			os.WriteFile(filepath.Join(d, "want.txt"), []byte(tc.want), 0o644)
		}
	}
	for _, tc := range r2typesCases {
		t.Run(tc.name, func(t *testing.T) {
			ts := newSession(t)
			ts.ok(tc.decls)
			c := ts.ok(tc.body)
			if got := c.stdout.String(); got != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}
