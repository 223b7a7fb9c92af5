package eval

// Regression tests of the runtime interface types of notebook interface
// types (third_party/yaegi/interp/rtifacetype.go, PATCHES.md "s10-reflimpl"):
// reflect.TypeOf((*I)(nil)).Elem() and reflect.TypeFor[I]() are interface
// types named main.I with I's methods, Type.Implements of them holds for
// the notebook types and the compiled types that have the methods
// (unexported methods included), a nil *I comes back from compiled code as
// a nil *I, and reflect.TypeOf of an interface value (notebook or error)
// is the type of the value it holds. The expected outputs are what `go
// run` prints for the program made of the cells (checked by running it).

import "testing"

func TestRTIfaceTypes(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import (
	"bytes"
	"fmt"
	"reflect"
)
`)
	ts.ok(`type Shouter interface {
	Upper() string
	Repeat(n int) []string
}

type Sealed interface {
	Shouter
	seal()
}

type Word string

func (w Word) Upper() string             { return string(w) + "!" }
func (w Word) Repeat(n int) []string     { return []string{string(w)} }
func (w Word) seal()                     {}

type Loud struct{ s string }

func (l *Loud) Upper() string         { return l.s }
func (l *Loud) Repeat(n int) []string { return nil }

type Failure struct{ code int }

func (f Failure) Error() string { return fmt.Sprint("failure ", f.code) }

type Writer interface{ Write(p []byte) (int, error) }
`)
	c := ts.ok(`sh := reflect.TypeOf((*Shouter)(nil)).Elem()
se := reflect.TypeFor[Sealed]()
fmt.Println(sh.Kind(), sh, sh.Name(), sh.PkgPath(), sh.NumMethod(), se.NumMethod())
for i := 0; i < se.NumMethod(); i++ {
	m := se.Method(i)
	fmt.Println(m.Name, m.Type, m.PkgPath)
}
for _, v := range []any{Word("a"), Loud{}, &Loud{}, 3} {
	t := reflect.TypeOf(v)
	fmt.Println(t, t.Implements(sh), t.Implements(se), t.NumMethod())
}
fmt.Println(se.Implements(sh), sh.Implements(se), reflect.TypeOf(&bytes.Buffer{}).Implements(reflect.TypeFor[Writer]()))
p := reflect.ValueOf((*Shouter)(nil)).Interface()
back, ok := p.(*Shouter)
fmt.Printf("%T %v %v\n", p, back == nil, ok)
var s Shouter = &Loud{"hey"}
var err error = Failure{7}
fmt.Println(reflect.TypeOf(s), reflect.TypeOf(err), reflect.ValueOf(err).Field(0).Int())
`)
	want := `interface main.Shouter Shouter main 2 3
Repeat func(int) []string 
Upper func() string 
seal func() main
main.Word true true 2
main.Loud false false 0
*main.Loud true false 2
int false false 0
true false true
*main.Shouter true true
*main.Loud main.Failure 7
`
	if got := c.stdout.String(); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}
