package eval

// Regression tests of fmt's arguments of notebook types given as their
// named runtime types (third_party/yaegi/interp/fmtnamed.go, PATCHES.md
// "fmt's arguments as named runtime types"), and of the method types of a
// type whose methods use its underlying type (rtmethods.go selfPlaces).
// The expected outputs are what `go run` prints for the program made of
// the cells (checked by running it).

import "testing"

const fmtNamedDecls = `type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Level int

type Secret string

func (s Secret) String() string         { return "***" }
func (s Secret) Append(x string) Secret { return s + Secret(x) }
func (s Secret) Plain(x string) string  { return string(s) + x }

type S int

func (s S) String() string { return "S" + strconv.Itoa(int(s)) }

type T int

func (t T) String() string { return "T" + strconv.Itoa(int(t)) }

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Val struct{ V int }

func (v Val) String() string { return fmt.Sprintf("val(%d)", v.V) }

func temp() Temp { return 1.25 }
`

func fmtNamedSession(t *testing.T) *tsession {
	ts := newSession(t)
	ts.ok(`import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
)
`)
	ts.ok(fmtNamedDecls)
	return ts
}

func TestFmtNamedBadVerbs(t *testing.T) {
	ts := fmtNamedSession(t)
	c := ts.ok(`fmt.Printf("%d|%v|%T\n", Temp(21.55), Temp(21.55), Temp(21.55))
fmt.Printf("%s|%x|%T\n", Level(3), Level(3), Level(3))
fmt.Printf("%#v\n", struct{ L []Level }{[]Level{1, 0}})
fmt.Printf("%d %v\n", temp(), temp())
var a any = Level(4)
fmt.Printf("%q %v\n", a, a)
`)
	want := "%!d(main.Temp=21.55)|21.6°|main.Temp\n" +
		"%!s(main.Level=3)|3|main.Level\n" +
		"struct { L []main.Level }{L:[]main.Level{1, 0}}\n" +
		"%!d(main.Temp=1.25) 1.2°\n" +
		"'\\x04' 4\n"
	if got := c.stdout.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestFmtNamedStringKindMethods(t *testing.T) {
	ts := fmtNamedSession(t)
	c := ts.ok(`fmt.Println(Secret("pw"), fmt.Sprintf("%v %s %q %d", Secret("pw"), Secret("pw"), Secret("pw"), Secret("pw")))
fmt.Println(reflect.TypeOf(Secret("")).Method(0).Type, reflect.TypeOf(Secret("")).Method(1).Type)
`)
	want := "*** *** *** \"***\" %!d(main.Secret=pw)\n" +
		"func(main.Secret, string) main.Secret func(main.Secret, string) string\n"
	if got := c.stdout.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestFmtNamedCompiledIfaces(t *testing.T) {
	ts := fmtNamedSession(t)
	c := ts.ok(`var s fmt.Stringer = S(2)
var t fmt.Stringer = T(5)
fmt.Printf("%T %v %T %v\n", s, s, t, t)
var e error = NotFound{"k"}
fmt.Printf("%v|%#v|%T|%d\n", e, e, e, e)
var nf NotFound
fmt.Println(errors.As(fmt.Errorf("w: %w", e), &nf), nf.Key)
var vp *Val
fmt.Println(vp, []any{Val{1}, &Val{2}})
`)
	want := "main.S S2 main.T T5\n" +
		"not found: k|main.NotFound{Key:\"k\"}|main.NotFound|{%!d(string=k)}\n" +
		"true k\n" +
		"<nil> [val(1) val(2)]\n"
	if got := c.stdout.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// A struct with an interface field is converted for fmt field by field; a
// field of a composite of defined types ([]Level: []int in the
// interpreter's struct) is not convertible to its runtime type
// ([]main.Level) but has its layout: %#v showed []int{1} (s19-public19).
func TestFmtNamedCompositeFieldBesideInterface(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import "fmt"`)
	ts.ok(`type Celsius float64
type Temps []Celsius
type M struct {
	T Temps
	A any
}
type Level int
type M7 struct {
	T []Level
	A any
}
type M8 struct {
	T []Level
	A fmt.Stringer
	m [2]Level
}
`)
	c := ts.ok(`fmt.Printf("%#v\n", M{T: Temps{1.5}})
fmt.Printf("%#v\n", M7{T: []Level{1}})
fmt.Printf("%#v\n", struct {
	T []Level
	A any
	m map[Level]Level
}{T: []Level{1}, m: map[Level]Level{1: 2}})
fmt.Printf("%#v %v %+v\n", M8{T: []Level{1}}, M8{}, M8{})
`)
	want := "main.M{T:main.Temps{1.5}, A:interface {}(nil)}\n" +
		"main.M7{T:[]main.Level{1}, A:interface {}(nil)}\n" +
		"struct { T []main.Level; A interface {}; m map[main.Level]main.Level }{T:[]main.Level{1}, A:interface {}(nil), m:map[main.Level]main.Level{1:2}}\n" +
		"main.M8{T:[]main.Level{1}, A:fmt.Stringer(nil), m:[2]main.Level{0, 0}} {[] <nil> [0 0]} {T:[] A:<nil> m:[0 0]}\n"
	if got := c.stdout.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
