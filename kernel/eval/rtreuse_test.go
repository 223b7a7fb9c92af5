package eval

// Regression test of the reuse of method tables (third_party/yaegi
// PATCHES.md "s9-methods"): a cell declaring a type with methods, run
// again and again, reuses the runtime type and the method stubs of the
// type it replaces instead of taking new stubs each time (the pool has
// 4096), so fmt, %T, text/template and reflect still see the type's
// methods after thousands of runs. The expected output is what `go run`
// prints for the same program.

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const reuseImports = `import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"text/template"
)
`

// reuseDecl declares a type with five methods (value and pointer
// receivers) and hands a value to fmt, which makes its method table.
const reuseDecl = `type Card struct {
	Rank int
	Suit string
}

func (c Card) String() string          { return fmt.Sprintf("%d%s", c.Rank, c.Suit) }
func (c Card) Face() bool              { return c.Rank > 10 }
func (c Card) Join(sep string) string  { return strings.Join([]string{fmt.Sprint(c.Rank), c.Suit}, sep) }
func (c *Card) Bump(n int)             { c.Rank += n }
func (c *Card) Swap(s string) string   { old := c.Suit; c.Suit = s; return old }
`

const reuseUse = `var sink = fmt.Sprint(Card{1, "h"})
`

const reuseCheck = `c := Card{12, "s"}
fmt.Println(c, &c)
fmt.Printf("%v %+v %T %T %s\n", c, c, c, &c, c)
t := template.Must(template.New("t").Parse("{{.}} {{.Face}} {{.Join \"-\"}} {{.Swap \"d\"}}\n"))
if err := t.Execute(os.Stdout, &c); err != nil {
	fmt.Println(err)
}
rt := reflect.TypeOf(c)
fmt.Println(rt.NumMethod(), reflect.PointerTo(rt).NumMethod())
for i := 0; i < reflect.PointerTo(rt).NumMethod(); i++ {
	m := reflect.PointerTo(rt).Method(i)
	fmt.Println(m.Name, m.Type)
}
reflect.ValueOf(&c).MethodByName("Bump").Call([]reflect.Value{reflect.ValueOf(2)})
var s fmt.Stringer = c
fmt.Println(c.Rank, s, reflect.ValueOf(c).MethodByName("Join").Call([]reflect.Value{reflect.ValueOf("/")})[0])
var x any = c
_, ok := x.(interface{ Face() bool })
fmt.Println(ok, sink)
`

func TestRTMethodsReuseStubs(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go toolchain")
	}
	dir := t.TempDir()
	prog := "package main\n\n" + reuseImports + reuseDecl + reuseUse + "\nfunc main() {\n" + reuseCheck + "}\n"
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(prog), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "run", "main.go")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GO111MODULE=off")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go run: %v\n%s", err, out)
	}
	want := string(out)

	ts := newSession(t)
	ts.ok(reuseImports)
	// 2000 runs of 5 methods (3 value methods of 2 stubs, 2 pointer
	// methods of 1) would take 16000 stubs if each took new ones.
	for i := 0; i < 2000; i++ {
		c := ts.run(reuseDecl + reuseUse)
		if c.err != nil {
			t.Fatalf("run %d: %v", i, c.err)
		}
	}
	c := ts.ok(reuseCheck)
	if got := c.stdout.String(); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
	if strings.Count(want, "\n") < 5 {
		t.Fatalf("short output %q", want)
	}
}

// TestRTMethodsReuseNewBodies: a type declared again with the same
// methods but other bodies reuses the method table, whose methods are the
// new ones.
func TestRTMethodsReuseNewBodies(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import (
	"fmt"
	"reflect"
)
`)
	ts.ok(`type Tag struct{ N int }

func (t Tag) String() string { return fmt.Sprint("old", t.N) }
`)
	a := ts.ok(`fmt.Println(Tag{1}, reflect.ValueOf(Tag{2}).MethodByName("String").Call(nil)[0])
`)
	ts.ok(`type Tag struct{ N int }

func (t Tag) String() string { return fmt.Sprint("new", t.N) }
`)
	b := ts.ok(`fmt.Println(Tag{1}, reflect.ValueOf(Tag{2}).MethodByName("String").Call(nil)[0])
fmt.Printf("%T %v\n", Tag{3}, []any{Tag{4}})
`)
	if got, want := a.stdout.String()+b.stdout.String(), "old1 old2\nnew1 new2\nmain.Tag [new4]\n"; got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}

// TestRTMethodsReuseGobRegister: gob.Register of a notebook type in a cell
// run twice registers the same runtime type (reused), not a duplicate, and
// a value of a notebook interface type goes through gob. (gob's registry
// is per process: the type's name is one no other test registers.)
func TestRTMethodsReuseGobRegister(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import (
	"bytes"
	"encoding/gob"
	"fmt"
)
`)
	decl := `type ReusePoint struct{ X, Y int }

func (p ReusePoint) Sum() int { return p.X + p.Y }

type Summer interface{ Sum() int }
`
	for i := 0; i < 3; i++ {
		ts.ok(decl)
		ts.ok(`gob.Register(ReusePoint{})`)
	}
	c := ts.ok(`var buf bytes.Buffer
var s Summer = ReusePoint{3, 4}
if err := gob.NewEncoder(&buf).Encode(&s); err != nil {
	fmt.Println(err)
}
var back Summer
err := gob.NewDecoder(&buf).Decode(&back)
fmt.Printf("%v %T %v %d\n", err, back, back, back.Sum())
`)
	if got, want := c.stdout.String(), "<nil> main.ReusePoint {3 4} 7\n"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}
