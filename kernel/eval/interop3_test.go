package eval

import "testing"

// Interpreted values seen by compiled code (issue 11): the value of an
// interpreted type given to the standard library, recovered from a panic or
// held by an interface is seen as Go sees it. Expected outputs are those of
// `go run`.

// TestInteropRecoverKeepsType: recover returns the panicked value with its
// interpreted type (%T, its methods), also for a type without methods; a
// value of a type with methods held by an interface{} is its value for
// compiled code (fmt printed the interpreter's internal struct), and two
// such interfaces compare as Go compares them.
func TestInteropRecoverKeepsType(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import "fmt"`)
	ts.ok(`type code int

type T int

func (T) Foo() {}

type S int

func (s S) String() string { return fmt.Sprintf("S%d", int(s)) }

type PE struct{ s string }

func (e *PE) Error() string { return "pe " + e.s }`)
	c := ts.ok(`func main() {
	defer func() {
		r := recover()
		fmt.Printf("%v %T\n", r, r)
	}()
	var a any = T(1)
	fmt.Println(a)
	fmt.Printf("%v %T %d\n", a, a, a)
	var b, c any = S(2), S(2)
	x := S(2)
	fmt.Println(b == c, b == any(x), any(x), b != c)
	var p any = PE{"b"}
	_, ok := p.(error)
	fmt.Println(ok, p)
	func() {
		defer func() {
			r := recover()
			fmt.Println(r)
		}()
		_ = p.(error)
	}()
	panic(code(7))
}`)
	want := "1\n1 main.T 1\ntrue true S2 false\nfalse {b}\ninterface conversion: main.PE is not error: missing method Error\n7 main.code\n"
	if got := c.stdout.String(); got != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", got, want)
	}
}

// TestInteropJSONMethods: encoding/json calls the MarshalJSON and
// UnmarshalJSON methods of interpreted types nested in the values it
// encodes and decodes (with Marshal, Unmarshal, an Encoder), keeps
// omitempty, decodes the other fields in place, and names the interpreted
// struct in an UnmarshalTypeError.
func TestInteropJSONMethods(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)`)
	ts.ok(`type Level int

func (l Level) MarshalJSON() ([]byte, error) { return json.Marshal(strings.Repeat("*", int(l))) }

func (l *Level) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*l = Level(len(s))
	return nil
}

type Doc struct {
	Title string ` + "`json:\"title\"`" + `
	Lvl   Level  ` + "`json:\"lvl,omitempty\"`" + `
	N     int    ` + "`json:\"n\"`" + `
}`)
	c := ts.ok(`b, _ := json.Marshal([]Doc{{"t", 3, 1}, {"u", 0, 2}})
fmt.Println(string(b))
d := Doc{N: 9}
err := json.Unmarshal([]byte(` + "`" + `{"title":"v","lvl":"**"}` + "`" + `), &d)
fmt.Println(d, err)
fmt.Println(json.Unmarshal([]byte(` + "`" + `{"n":"x"}` + "`" + `), &d))
json.NewEncoder(os.Stdout).Encode(map[string]Level{"a": 1})`)
	want := `[{"title":"t","lvl":"***","n":1},{"title":"u","n":2}]
{v 2 9} <nil>
json: cannot unmarshal string into Go struct field Doc.n of type int
{"a":"*"}
`
	if got := c.stdout.String(); got != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", got, want)
	}
}

// TestInteropTemplateErrorName: the error of a template execution names
// the interpreted struct type of its data as Go does (main.Item), and is
// still a template.ExecError.
func TestInteropTemplateErrorName(t *testing.T) {
	ts := newSession(t)
	c := ts.ok(`import (
	"errors"
	"fmt"
	"os"
	"text/template"
)

type Item struct{ Name string }

func main() {
	err := template.Must(template.New("e").Parse("{{.Missing}}")).Execute(os.Stdout, Item{"x"})
	fmt.Println(err)
	var ee template.ExecError
	fmt.Println(errors.As(err, &ee), ee.Name)
}`)
	want := "template: e:1:2: executing \"e\" at <.Missing>: can't evaluate field Missing in type main.Item\ntrue e\n"
	if got := c.stdout.String(); got != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", got, want)
	}
}

// TestInteropInterfaceReceivers: a method with a value receiver called
// through an interface holding a pointer reads the value at each call
// (container/heap after Push grows the slice), a method with a pointer
// receiver is not in the method set of the value (fmt prints {2}, not
// P<2>, and did panic in a slice), and slog calls LogValue.
func TestInteropInterfaceReceivers(t *testing.T) {
	ts := newSession(t)
	c := ts.ok(`import (
	"container/heap"
	"fmt"
	"log/slog"
	"os"
)

type MinInts []int

func (h MinInts) Len() int           { return len(h) }
func (h MinInts) Less(i, j int) bool { return h[i] < h[j] }
func (h MinInts) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *MinInts) Push(x any)        { *h = append(*h, x.(int)) }
func (h *MinInts) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

type P struct{ n int }

func (p *P) String() string { return fmt.Sprintf("P<%d>", p.n) }

type Token string

func (Token) LogValue() slog.Value { return slog.StringValue("REDACTED") }

func main() {
	h := &MinInts{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 1)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
	p := P{2}
	fmt.Println(p, &p, []P{{5}})
	slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}})).Info("x", "tok", Token("s"))
}`)
	want := "1 2 5 8 \n{2} P<2> [{5}]\nlevel=INFO msg=x tok=REDACTED\n"
	if got := c.stdout.String(); got != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", got, want)
	}
}

// TestInteropErrorsIsValueErrors: errors.Is finds an error of an
// interpreted comparable type (Code(3), a struct sentinel) in a chain.
func TestInteropErrorsIsValueErrors(t *testing.T) {
	ts := newSession(t)
	c := ts.ok(`import (
	"errors"
	"fmt"
)

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Key struct{ A, B string }

func (k Key) Error() string { return k.A + "/" + k.B }

var ErrGone = Key{"x", "y"}

func main() {
	err := fmt.Errorf("a: %w", fmt.Errorf("b: %w", Code(3)))
	fmt.Println(errors.Is(err, Code(3)), errors.Is(err, Code(4)))
	e2 := errors.Join(errors.New("z"), ErrGone)
	fmt.Println(errors.Is(e2, ErrGone), errors.Is(e2, Key{"x", "z"}), errors.Is(nil, ErrGone))
}`)
	want := "true false\ntrue false false\n"
	if got := c.stdout.String(); got != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", got, want)
	}
}

// TestInteropErrorTypeName: %T of an error interface holding a value of an
// interpreted error type names that type (it printed interp._error).
func TestInteropErrorTypeName(t *testing.T) {
	ts := newSession(t)
	c := ts.ok(`import (
	"errors"
	"fmt"
)

type VErr struct{ Code int }

func (e VErr) Error() string { return fmt.Sprintf("verr %d", e.Code) }

type PErr struct{ Msg string }

func (e *PErr) Error() string { return "perr " + e.Msg }

func find(n int) error {
	if n == 1 {
		return VErr{404}
	}
	return &PErr{"boom"}
}

func main() {
	for i := 1; i < 3; i++ {
		err := find(i)
		fmt.Printf("%v|%T\n", err, err)
	}
	err := fmt.Errorf("w: %w", find(2))
	for err != nil {
		fmt.Printf("%T ", err)
		err = errors.Unwrap(err)
	}
	fmt.Println()
}`)
	want := "verr 404|main.VErr\nperr boom|*main.PErr\n*fmt.wrapError *main.PErr \n"
	if got := c.stdout.String(); got != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", got, want)
	}
}

// TestTopLevelTypeSwitchFieldNamedLikeBinding: at the top level of a cell,
// the rewrite of a type switch binding renames the variable, not a field
// or method of the same name ("undefined selector: __tv1" for
// String.String()).
func TestTopLevelTypeSwitchFieldNamedLikeBinding(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import (
	"fmt"
	"time"
)`)
	c := ts.ok(`var r any = time.Second
switch String := r.(type) {
case time.Duration:
	fmt.Println(String.String(), String.Seconds())
}`)
	if got := c.stdout.String(); got != "1s 1\n" {
		t.Errorf("stdout %q, want %q", got, "1s 1\n")
	}
}
