package eval

import (
	"strings"
	"testing"
)

// Tests of the ifaces work: type assertions, type switches and anys of
// compiled interface values holding notebook values (yaegi's interface
// wrappers, interp/rtiface.go), and errors.As into notebook interface
// types. Every expectation is what `go run` prints for the same program.

// A compiled interface (io.Reader) holding a notebook value asserts to the
// other interfaces of the value's type, compiled or the notebook's, and a
// failed assertion panics with Go's message.
func TestIfacesAssertFromCompiledIface(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import ("fmt"; "io")
type Closer interface{ Close() error }
type file struct{ name string }
func (f *file) Read(p []byte) (int, error) { return 0, io.EOF }
func (f *file) Close() error              { fmt.Println("close", f.name); return nil }
func (f *file) String() string            { return "file " + f.name }
type only struct{}
func (only) Read(p []byte) (int, error) { return 0, io.EOF }`)
	c := ts.ok(`var r io.Reader = &file{"a"}
c, ok := r.(io.Closer)
fmt.Println(ok)
c.Close()
rc, ok := r.(io.ReadCloser)
fmt.Println(ok, rc != nil)
s, ok := r.(fmt.Stringer)
fmt.Println(ok, s.String(), s)
cl, ok := r.(Closer)
fmt.Println(ok)
cl.Close()
_, ok = r.(io.Writer)
fmt.Println(ok)
f, ok := r.(*file)
fmt.Println(ok, f.name)`)
	want := "true\nclose a\ntrue true\ntrue file a file a\ntrue\nclose a\nfalse\ntrue a\n"
	if got := c.stdout.String(); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	c = ts.run(`var o io.Reader = only{}
_ = o.(io.Closer)`)
	if c.err == nil {
		t.Fatalf("want a panic, got none")
	}
	if got, want := c.err.Error(), "interface conversion: main.only is not io.Closer: missing method Close"; !strings.Contains(got, want) {
		t.Errorf("got %q, want it to contain %q", got, want)
	}
}

// A struct embedding a compiled type: promoted methods count, through a
// compiled interface and through a notebook interface (s.Size() of a
// notebook interface holding such a struct panicked "method not found").
func TestIfacesPromotedCompiledMethods(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import ("fmt"; "io"; "net/http"; "strings")
type Sizer interface {
	Size() int64
	Name() string
}
type ReadSeekNamer interface {
	io.ReadSeeker
	Name() string
}
type doc struct {
	*strings.Reader
	title string
}
func (d doc) Name() string { return d.title }
type App struct {
	http.ServeMux
	name string
}`)
	c := ts.ok(`var s Sizer = doc{strings.NewReader("hello"), "greeting"}
fmt.Println(s.Size(), s.Name())
var r io.Reader = doc{strings.NewReader("abc"), "letters"}
s2, ok := r.(Sizer)
fmt.Println(ok, s2.Size(), s2.Name())
var rsn ReadSeekNamer = doc{strings.NewReader("abcdef"), "six"}
var rs io.ReadSeeker = rsn
rs.Seek(2, io.SeekStart)
var r2 io.Reader = rs
back, ok := r2.(ReadSeekNamer)
b, _ := io.ReadAll(back)
fmt.Println(ok, back.Name(), string(b))
var h http.Handler = &App{name: "x"}
_, ok = h.(interface{ Handle(string, http.Handler) })
fmt.Println(ok)`)
	if got, want := c.stdout.String(), "5 greeting\ntrue 3 letters\ntrue six cdef\ntrue\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// Type switches over a compiled interface holding notebook values see the
// value's own type and methods.
func TestIfacesTypeSwitchCompiledIface(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import ("fmt"; "io")
type rd struct{}
func (rd) Read(p []byte) (int, error) { return 0, io.EOF }
type rdc struct{ rd }
func (rdc) Close() error { return nil }
type rdcs struct{ rdc }
func (rdcs) String() string { return "rdcs" }
type Named interface{ String() string }
func kind(r io.Reader) string {
	switch v := r.(type) {
	case Named:
		return "named " + v.String()
	case io.ReadCloser:
		v.Close()
		return "readcloser"
	case rd:
		return "plain rd"
	}
	return "other"
}`)
	c := ts.ok(`fmt.Println(kind(rd{}), kind(rdc{}), kind(rdcs{}))
var r io.Reader = rdc{}
switch r.(type) {
case io.Closer:
	fmt.Println("closer")
}`)
	if got, want := c.stdout.String(), "plain rd readcloser named rdcs\ncloser\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// An any made of a compiled interface value holds the notebook value, not
// the interpreter's wrapper; fmt given such an interface prints what Go
// prints (Error before String, String of a value held by an io.Writer).
func TestIfacesCompiledIfaceToAny(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import ("fmt"; "io"; "sort"; "strings")
type Ints []int
func (h Ints) Len() int           { return len(h) }
func (h Ints) Less(i, j int) bool { return h[i] < h[j] }
func (h Ints) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
type problem struct{ code int }
func (p problem) Error() string  { return fmt.Sprintf("problem %d", p.code) }
func (p problem) String() string { return fmt.Sprintf("P(%d)", p.code) }
type counter struct {
	n int
	b strings.Builder
}
func (c *counter) Write(p []byte) (int, error) { c.n += len(p); return c.b.Write(p) }
func (c *counter) String() string { return fmt.Sprint(c.n, " bytes") }`)
	c := ts.ok(`var si sort.Interface = Ints{2, 1}
sort.Sort(si)
var a any = si
fmt.Println(a, []any{si})
fmt.Printf("%T\n", a)
b, ok := a.(Ints)
fmt.Println(b, ok)
var st fmt.Stringer = problem{8}
fmt.Println(st)
var w io.Writer = &counter{}
fmt.Fprint(w, "hello")
fmt.Println(w)`)
	if got, want := c.stdout.String(), "[1 2] [[1 2]]\nmain.Ints\n[1 2] true\nproblem 8\n5 bytes\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// errors.As into a variable of a notebook interface type (named or
// anonymous) finds notebook errors and compiled errors in the chain, through
// %w, errors.Join and Unwrap methods.
func TestIfacesErrorsAsNotebookInterface(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import ("errors"; "fmt"; "os")
type Temporary interface{ Temporary() bool }
type netErr struct{ code int }
func (e *netErr) Error() string   { return fmt.Sprintf("net %d", e.code) }
func (e *netErr) Temporary() bool { return e.code >= 500 }
type opErr struct {
	op  string
	err error
}
func (e *opErr) Error() string { return e.op + ": " + e.err.Error() }
func (e *opErr) Unwrap() error { return e.err }
type Timeout struct{ Op string }
func (e Timeout) Error() string { return e.Op + " timed out" }
func (e Timeout) Timeout() bool { return true }`)
	c := ts.ok(`err := fmt.Errorf("request: %w", &opErr{"dial", &netErr{503}})
var t Temporary
fmt.Println(errors.As(err, &t), t.Temporary())
var t2 Temporary
fmt.Println(errors.As(errors.New("plain"), &t2), t2 == nil)
var to interface{ Timeout() bool }
fmt.Println(errors.As(errors.Join(errors.New("a"), fmt.Errorf("op: %w", Timeout{"read"})), &to), to.Timeout())
_, err = os.Open("/definitely/not/here")
var u interface{ Unwrap() error }
fmt.Println(errors.As(err, &u), u.Unwrap())`)
	want := "true true\nfalse true\ntrue true\ntrue no such file or directory\n"
	if got := c.stdout.String(); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// Two notebook types with one reflect type (float64; one struct layout),
// both held by compiled interfaces: each wrapper knows its own type.
func TestIfacesSameReflectType(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import ("fmt"; "io"; "strings")
type celsius float64
type fahrenheit float64
func (c celsius) String() string    { return fmt.Sprintf("%.0f°C", float64(c)) }
func (c celsius) Celsius() float64  { return float64(c) }
func (f fahrenheit) String() string { return fmt.Sprintf("%.0f°F", float64(f)) }
func (f fahrenheit) Warm() bool     { return f > 70 }
type src struct {
	*strings.Reader
	name string
}
type dst struct {
	*strings.Reader
	name string
}
func (s src) Name() string { return "src " + s.name }
func (d dst) Close() error { fmt.Println("close", d.name); return nil }`)
	c := ts.ok(`var a, b fmt.Stringer = celsius(20), fahrenheit(80)
for _, s := range []fmt.Stringer{a, b} {
	_, isC := s.(interface{ Celsius() float64 })
	w, isW := s.(interface{ Warm() bool })
	fmt.Println(s, isC, isW, isW && w.Warm())
	switch v := s.(type) {
	case celsius:
		fmt.Println("celsius", float64(v))
	case fahrenheit:
		fmt.Println("fahrenheit", float64(v))
	}
}
var r1 io.Reader = src{strings.NewReader("1"), "one"}
var r2 io.Reader = dst{strings.NewReader("2"), "two"}
for _, r := range []io.Reader{r1, r2} {
	if n, ok := r.(interface{ Name() string }); ok {
		fmt.Println(n.Name())
	}
	if c, ok := r.(io.Closer); ok {
		c.Close()
	}
}`)
	want := "20°C true false false\ncelsius 20\n80°F false true true\nfahrenheit 80\nsrc one\nclose two\n"
	if got := c.stdout.String(); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// == of two compiled interfaces holding values of two notebook types with
// one reflect type compares their types.
func TestIfacesEqualitySameReflectType(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import "fmt"
type S int
func (s S) String() string { return fmt.Sprint(int(s)) }
type T int
func (t T) String() string { return fmt.Sprint(int(t)) }`)
	c := ts.ok(`var s1, s2 fmt.Stringer = S(2), S(2)
fmt.Println(s1 == s2, s1 == fmt.Stringer(T(2)), s1 != fmt.Stringer(T(2)))`)
	if got, want := c.stdout.String(), "true false true\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A wrapper made in a cell before a second notebook type with the same
// reflect type is declared keeps its type.
func TestIfacesSameReflectTypeLaterCell(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import "fmt"
type celsius float64
func (c celsius) String() string   { return fmt.Sprintf("%.0f°C", float64(c)) }
func (c celsius) Celsius() float64 { return float64(c) }`)
	ts.ok(`var s fmt.Stringer = celsius(20)`)
	ts.ok(`type fahrenheit float64
func (f fahrenheit) String() string { return fmt.Sprintf("%.0f°F", float64(f)) }
func (f fahrenheit) Warm() bool     { return f > 70 }
var t fmt.Stringer = fahrenheit(80)`)
	c := ts.ok(`_, isC := s.(interface{ Celsius() float64 })
_, isW := t.(interface{ Warm() bool })
_, isC2 := t.(interface{ Celsius() float64 })
fmt.Println(isC, isW, isC2, s, t)
switch s.(type) {
case fahrenheit:
	fmt.Println("F")
case celsius:
	fmt.Println("C")
}`)
	if got, want := c.stdout.String(), "true true false 20°C 80°F\nC\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
