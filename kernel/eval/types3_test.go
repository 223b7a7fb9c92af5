package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Types of values in interfaces (issue 11, types): a value of a notebook
// (interpreted) defined type keeps its type in an empty interface; nil
// interfaces and typed nil pointers in interfaces compare with nil as in Go;
// method sets, method expressions, embedded interfaces and local types.
// Every want is what `go run` prints for the program made of decls and
// func main() { body } (TYPES3_DUMP=dir writes those programs).
type types3Case struct {
	name, decls, body, want string
}

var types3Cases = []types3Case{
	{"NilInterfaceIntoInterface", `import "fmt"`, `var e error
var i interface{ Error() string } = e
fmt.Println(i == nil, i != nil)
var k interface{ Error() string }
k = e
fmt.Println(k == nil)`, "true false\ntrue\n"},
	{"TypedNilPointerInError", `import (
	"errors"
	"fmt"
)
type MyErr struct{}
func (*MyErr) Error() string { return "my" }
func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		return p
	}
	return nil
}
func conv() error { var p *MyErr; return error(p) }`, `fmt.Println(mayFail(false) == nil, mayFail(true) == nil, conv() == nil)
var p *MyErr
var e error = p
fmt.Println(e == nil, e != nil, e.Error())
var target *MyErr
fmt.Println(errors.As(mayFail(true), &target))`, "true false false\nfalse true my\ntrue\n"},
	{"AnyKeepsDefinedType", `import "fmt"
type Celsius float64
type A []int
type Named interface{ Name() string }
type dog struct{}
func (dog) Name() string { return "dog" }`, `var c any = Celsius(1)
var a any = A{1}
var b any = []int{1}
var d any = dog{}
fmt.Printf("%T %T %T %T\n", c, a, b, d)
_, isF := c.(float64)
_, isC := c.(Celsius)
_, isA := b.(A)
_, isS := b.([]int)
fmt.Println(isF, isC, isA, isS)
if n, ok := d.(Named); ok {
	fmt.Println(n.Name())
}
fmt.Println(c == Celsius(1), c == 1.0, c != 1.0)
v, ok := c.(A)
fmt.Println(v == nil, ok)`, "main.Celsius main.A []int main.dog\nfalse true false true\ndog\ntrue false true\ntrue false\n"},
	{"AnyHoldsACopy", `import "fmt"
type Celsius float64
type P struct{ X int }
type dog struct{ n string }
func (d dog) Name() string { return d.n }`, `c := Celsius(1)
var y any = c
c = 5
p := P{1}
var q any = p
p.X = 9
d := dog{"a"}
var e any = d
d.n = "b"
fmt.Println(y, q, e, c, p, d)`, "1 {1} {a} 5 {9} {b}\n"},
	{"TypeSwitchOnDefinedTypes", `import "fmt"
type Celsius float64
type A []int`, `var x any = Celsius(1)
switch v := x.(type) {
case float64:
	fmt.Println("float64", v)
case Celsius:
	fmt.Println("Celsius", v)
}
switch x.(type) {
case A, float64:
	fmt.Println("A or float64")
case Celsius:
	fmt.Println("Celsius")
}
var c2 any = Celsius(2)
var a1 any = A{1}
var i3 any = 3
vals := []any{c2, a1, i3}
for _, y := range vals {
	switch v := y.(type) {
	case Celsius:
		fmt.Println("C", v)
	case A:
		fmt.Println("A", v)
	case int:
		fmt.Println("int", v)
	}
}`, "Celsius 1\nCelsius\nC 2\nA [1]\nint 3\n"},
	{"CompiledFuncsSeeTheValue", `import (
	"encoding/json"
	"fmt"
	"reflect"
)
type dog struct{ N string }
func (d dog) Name() string { return "dog" }
type Color int
func (c Color) String() string { return "color" }
type Celsius float64`, `var a any = dog{"rex"}
var c any = Color(2)
var t any = Celsius(1.5)
fmt.Println(a, c, t)
fmt.Printf("%v %d %v %T %T %T\n", a, c, t, a, c, t)
j, err := json.Marshal(a)
fmt.Println(string(j), err, reflect.TypeOf(t).Kind())
m := map[any]int{}
m[t] = 1
m[Celsius(1.5)]++
fmt.Println(m[t], len(m))`, "{rex} color 1.5\n{rex} 2 1.5 main.dog main.Color main.Celsius\n{\"N\":\"rex\"} <nil> float64\n2 1\n"},
	{"FuncTypeNames", `import "fmt"
type P struct{ x int }
func (p P) Add(n int) int { return p.x + n }
func (p P) Get() int { return p.x }`, `add := P.Add
var g func(P, ...int) (P, error)
fs := []func(P) int{P.Get, func(p P) int { return -p.x }}
fmt.Printf("%T|%T|%T|%T\n", add, g, fs, func(a, b P) {})
fmt.Println(fs[0](P{4}), add(P{1}, 2))`, "func(main.P, int) int|func(main.P, ...int) (main.P, error)|[]func(main.P) int|func(main.P, main.P)\n4 3\n"},
	{"EmbeddedInterfaceInStruct", `import (
	"fmt"
	"sort"
)
type reverse struct {
	sort.Interface
}
func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }`, `s := []int{3, 1, 2}
sort.Sort(reverse{sort.IntSlice(s)})
fmt.Println(s)`, "[3 2 1]\n"},
	{"LocalTypeName", `import "fmt"`, `type local struct{ v int }
type num int
fmt.Printf("%T %T %v\n", local{1}, num(2), local{3})`, "main.local main.num {3}\n"},
	{"PointerReceiverMethodSet", `import "fmt"
type Speaker interface{ Speak() string }
type Cat struct{ name string }
func (c *Cat) Speak() string { return c.name }`, `var x any = Cat{"v"}
_, ok := x.(Speaker)
var y any = &Cat{"p"}
s, ok2 := y.(Speaker)
fmt.Println(ok, ok2, s.Speak())`, "false true p\n"},
	{"FailedCommaOkIsZero", `import "fmt"
type A int
type B int`, `var b1 any = B(1)
var a2 any = A(2)
for _, x := range []any{b1, a2} {
	b, ok := x.(B)
	fmt.Println(b, ok)
}`, "1 true\n0 false\n"},
	{"CompareInterfaces", `import (
	"errors"
	"fmt"
)
type code int
func (c code) Error() string { return fmt.Sprint("code ", int(c)) }
type Color int
const (
	Red Color = iota
	Green
)`, `var e1 error = code(1)
var e2 error = code(1)
var e3 error = code(2)
errA := errors.New("a")
fmt.Println(e1 == e2, e1 == e3, e1 == errA)
var x any = Green
switch x {
case 1:
	fmt.Println("int 1")
case Green:
	fmt.Println("green")
}`, "true false false\ngreen\n"},
}

func TestTypes3(t *testing.T) {
	if dir := os.Getenv("TYPES3_DUMP"); dir != "" {
		for _, tc := range types3Cases {
			decls, imports := tc.decls, ""
			if strings.HasPrefix(decls, "import") {
				end := strings.Index(decls, ")\n") + 2
				if !strings.HasPrefix(decls, "import (") {
					end = strings.Index(decls, "\n") + 1
					if end == 0 {
						end = len(decls)
					}
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
	for _, tc := range types3Cases {
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
