package eval

// Regression tests of the method tables of the named runtime types of
// notebook types with methods (third_party/yaegi/interp/rtmethods.go,
// PATCHES.md "Method tables for the named runtime types"): compiled code
// given a value of a notebook type with methods as an any sees its
// methods (reflect's Method, MethodByName, NumMethod, Call; fmt's
// Stringer; interface conversions), and the value comes back as a value of
// its type. The expected outputs are what `go run` prints for the program
// made of the cells (checked by running it).

import "testing"

func TestRTMethodsRoundTrip(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import (
	"container/list"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"sync"
)
`)
	ts.ok(`type Task struct {
	ID   int
	Name string
}

func (t Task) String() string       { return fmt.Sprintf("#%d %s", t.ID, t.Name) }
func (t Task) Rename(s string) Task { t.Name = s; return t }
func (t *Task) SetID(id int)        { t.ID = id }
func (t Task) hidden() int          { return 1 }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Set map[string]bool

func (s Set) Has(k string) bool { return s[k] }
func (s Set) String() string {
	var keys []string
	for k := range s {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return "{" + strings.Join(keys, ",") + "}"
}
`)
	c := ts.ok(`l := list.New()
l.PushBack(Task{1, "write"})
l.PushBack(Temp(21.55))
l.PushBack(Set{"b": true, "a": true})
for e := l.Front(); e != nil; e = e.Next() {
	fmt.Println(e.Value)
	fmt.Printf("%T %v\n", e.Value, e.Value)
}
v := l.Front().Value
s, ok := v.(fmt.Stringer)
fmt.Println(ok, s.String())
t := v.(Task)
t.SetID(9)
fmt.Println(t, v)
var m sync.Map
m.Store("k", Task{2, "test"})
x, _ := m.Load("k")
fmt.Println(x, x.(Task).Name)
rv := reflect.ValueOf(Task{3, "r"})
fmt.Println(rv.NumMethod(), rv.Type().NumMethod(), rv.Type())
for i := 0; i < rv.Type().NumMethod(); i++ {
	fmt.Print(rv.Type().Method(i).Name, " ", rv.Type().Method(i).Type, "; ")
}
fmt.Println()
r := rv.MethodByName("Rename").Call([]reflect.Value{reflect.ValueOf("new")})[0]
fmt.Println(r.Field(1), rv.MethodByName("String").Call(nil)[0])
fmt.Println(rv.MethodByName("SetID").IsValid(), rv.MethodByName("hidden").IsValid())
sv := reflect.ValueOf(Set{"z": true})
fmt.Println(sv.MethodByName("Has").Call([]reflect.Value{reflect.ValueOf("z")})[0], sv.NumMethod())
_, isStringer := any(Temp(1)).(fmt.Stringer)
fmt.Println(isStringer)
`)
	want := `#1 write
main.Task #1 write
21.6°
main.Temp 21.6°
{a,b}
main.Set {a,b}
true #1 write
#9 write #1 write
#2 test test
2 2 main.Task
Rename func(main.Task, string) main.Task; String func(main.Task) string; 
new #3 r
false false
true 2
true
`
	if got := c.stdout.String(); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}

// TestRTMethodsPointers: a pointer to a value of a notebook type given to
// compiled code as an any has the pointer type of its named runtime type,
// with the pointer methods (reflect, text/template, interface
// conversions), points to the same variable, and comes back as a pointer
// of its type.
func TestRTMethodsPointers(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import (
	"container/list"
	"fmt"
	"os"
	"reflect"
	"text/template"
)
`)
	ts.ok(`type Task struct {
	ID   int
	Name string
}

func (t Task) String() string { return fmt.Sprintf("#%d %s", t.ID, t.Name) }
func (t *Task) Ptr() string   { return "ptr:" + t.Name }
func (t *Task) SetID(id int)  { t.ID = id }

type Point struct{ X, Y int }
`)
	c := ts.ok(`t := Task{1, "write"}
l := list.New()
l.PushBack(&t)
p := l.Front().Value.(*Task)
p.ID = 5
fmt.Println(t.ID, p, l.Front().Value)
fmt.Printf("%T %v\n", l.Front().Value, l.Front().Value)
rv := reflect.ValueOf(&t)
rv.Elem().Field(0).SetInt(7)
rv.MethodByName("SetID").Call([]reflect.Value{reflect.ValueOf(8)})
fmt.Println(t.ID, rv.NumMethod(), rv.Type(), rv.Elem().Type())
fmt.Println(reflect.TypeOf(&Point{}).Elem().Name(), reflect.TypeOf(&Point{}))
x, ok := l.Front().Value.(interface{ SetID(int) })
fmt.Println(ok)
x.SetID(11)
fmt.Println(t)
t2 := template.Must(template.New("p").Parse("{{.Ptr}} {{.}} {{.Name}}\n"))
t2.Execute(os.Stdout, &t)
err := t2.Execute(os.Stdout, t)
fmt.Println(err != nil)
var a any = &t
l.PushBack(a)
fmt.Println(l.Back().Value.(*Task) == &t)
`)
	want := `5 #5 write #5 write
*main.Task #5 write
8 3 *main.Task main.Task
Point *main.Point
true
#11 write
ptr:write #11 write write
true
true
`
	if got := c.stdout.String(); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}

// TestRTMethodsCompiledInterfaces: a value of a notebook type with methods
// held by a compiled interface (fmt.Stringer, sort.Interface): two types with one underlying
// type are different in ==, type assertions and switches find the type,
// and errors (still wrapped) keep errors.As, errors.Is and ==.
func TestRTMethodsCompiledInterfaces(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import (
	"errors"
	"fmt"
	"sort"
	"strconv"
)
`)
	ts.ok(`type S int

func (s S) String() string { return "S" + strconv.Itoa(int(s)) }

type T int

func (t T) String() string { return "T" + strconv.Itoa(int(t)) }

type Code int

func (c Code) Error() string { return "code " + strconv.Itoa(int(c)) }

type ByLen []string

func (b ByLen) Len() int           { return len(b) }
func (b ByLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b ByLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }
`)
	c := ts.ok(`var s1, s2 fmt.Stringer = S(2), S(2)
fmt.Println(s1 == s2, s1 == fmt.Stringer(T(2)), s1, s2.String())
fmt.Printf("%v %s\n", s1, s1)
if v, ok := s1.(S); ok {
	fmt.Println("S", int(v)+1)
}
switch x := s1.(type) {
case T:
	fmt.Println("T", x)
case S:
	fmt.Println("S", x)
}
err := fmt.Errorf("wrap: %w", Code(7))
var c Code
fmt.Println(errors.As(err, &c), c, errors.Is(err, Code(7)), errors.Is(err, Code(8)))
var e error = Code(3)
fmt.Println(e, e.Error(), e == Code(3), e == error(Code(4)))
words := ByLen{"ccc", "a", "bb"}
sort.Sort(words)
fmt.Println(words, sort.IsSorted(words))
`)
	want := `true false S2 S2
S2 S2
S 3
S S2
true code 7 true false
code 3 code 3 true false
[a bb ccc] true
`
	if got := c.stdout.String(); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}
