package eval

// Regression tests of the struct runtime types whose fields have the
// runtime types of notebook types (third_party/yaegi/interp/rtstruct.go,
// PATCHES.md "Struct fields of notebook types in compiled code"): compiled
// code given a struct value of a notebook type (text/template, reflect,
// container/list) sees its fields with their notebook types, names and
// methods, and the value comes back as a value of its type. The expected
// outputs are what `go run` prints for the program made of the cells
// (checked by running it).

import "testing"

func TestRTStructFieldsOfNotebookTypes(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import (
	"container/list"
	"fmt"
	"os"
	"reflect"
	"strings"
	"text/template"
)
`)
	ts.ok(`type Status int

func (s Status) String() string { return [...]string{"todo", "done"}[s] }
`)
	ts.ok(`type Task struct {
	Title  string
	Status Status
}

func (t Task) Upper() string { return strings.ToUpper(t.Title) }
func (t *Task) Done()        { t.Status = 1 }

type List struct {
	Owner string
	Tasks []Task
	Top   *Task
	ByKey map[string]Status
}
`)
	c := ts.ok(`l := List{Owner: "ann", Tasks: []Task{{"write", 0}, {"read", 1}}, ByKey: map[string]Status{"k": 1}}
l.Top = &l.Tasks[0]
tpl := template.Must(template.New("l").Parse(` + "`" + `{{.Owner}}:{{range .Tasks}} {{.Upper}}={{.Status}}{{end}} top={{.Top.Upper}} {{.ByKey.k}}
` + "`" + `))
if err := tpl.Execute(os.Stdout, l); err != nil {
	fmt.Println(err)
}
reflect.ValueOf(&l).Elem().Field(1).Index(1).Addr().MethodByName("Done").Call(nil)
reflect.ValueOf(l.Top).MethodByName("Done").Call(nil)
fmt.Println(l.Tasks[0].Status, l.Tasks[1].Status)
rt := reflect.TypeOf(l)
for i := 0; i < rt.NumField(); i++ {
	fmt.Println(rt.Field(i).Name, rt.Field(i).Type, rt.Field(i).Type.Kind())
}
fmt.Println(rt.Field(1).Type.Elem().Field(1).Type.Name(), reflect.ValueOf(l).Field(1).Index(0).Field(1).Interface())
q := list.New()
q.PushBack(l)
q.PushBack(&l)
back := q.Front().Value.(List)
pb := q.Back().Value.(*List)
pb.Owner = "bob"
fmt.Println(back.Tasks[1].Upper(), back.Tasks[1].Status, l.Owner, pb.Tasks[0].Status)
fmt.Println(reflect.DeepEqual(back, l), reflect.DeepEqual(reflect.ValueOf(l).Field(1).Index(0).Interface(), Task{"write", 1}))
`)
	want := `ann: WRITE=todo READ=done top=WRITE done
done done
Owner string string
Tasks []main.Task slice
Top *main.Task ptr
ByKey map[string]main.Status map
Status done
READ done bob done
false true
`
	if got := c.stdout.String(); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}

// TestRTStructRedefinedFieldType: a cell that declares a field's type
// again (another String method) and then the struct type again gives the
// struct a runtime type with the new field type; anonymous struct types
// with fields of notebook types are named too.
func TestRTStructRedefinedFieldType(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import (
	"fmt"
	"os"
	"reflect"
	"text/template"
)
`)
	ts.ok(`type Level int

func (l Level) String() string { return "old" }

type Item struct{ L Level }
`)
	ts.ok(`_ = template.Must(template.New("").Parse("{{.L}}\n")).Execute(os.Stdout, Item{1})`)
	ts.ok(`type Level int

func (l Level) String() string { return fmt.Sprintf("L%d", int(l)) }

type Item struct{ L Level }
`)
	c := ts.ok(`tp := template.Must(template.New("").Parse("{{.L}} {{range .Rows}}{{.L}}{{.N}} {{end}}\n"))
rows := []struct {
	L Level
	N string
}{{2, "a"}, {3, "b"}}
_ = tp.Execute(os.Stdout, struct {
	Item
	Rows []struct {
		L Level
		N string
	}
}{Item{1}, rows})
fmt.Println(reflect.TypeOf(rows).Elem(), reflect.TypeOf(Item{}).Field(0).Type)
`)
	want := `L1 L2a L3b 
struct { L main.Level; N string } main.Level
`
	if got := c.stdout.String(); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}

// TestRTStructSharpVAndMethodTypes: %#v of a struct with fields of
// notebook types names them as Go does (and calls a field's GoString);
// the method table of `type Secret string` has string parameters and
// results where the method says string (they were main.Secret, so
// Secret satisfied no compiled interface with string results).
func TestRTStructSharpVAndMethodTypes(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import (
	"fmt"
	"reflect"
	"strings"
)
`)
	ts.ok(`type Secret string

func (Secret) GoString() string      { return "Secret(***)" }
func (s Secret) Mask(c string) string { return strings.Repeat(c, len(s)) }
func (s Secret) With(x string) Secret { return s + Secret(x) }

type Tag string

type Level int

func (l Level) String() string { return [...]string{"low", "high"}[l] }

type Row struct {
	Tags  []Tag
	Marks map[Tag]Level
	Key   Secret
}
`)
	c := ts.ok(`t := reflect.TypeOf(Secret(""))
for i := 0; i < t.NumMethod(); i++ {
	fmt.Println(t.Method(i).Name, t.Method(i).Type)
}
var a any = reflect.ValueOf(Secret("pw")).Interface()
_, isGS := a.(fmt.GoStringer)
fmt.Println(isGS, reflect.ValueOf(a).MethodByName("Mask").Call([]reflect.Value{reflect.ValueOf("*")})[0])
r := Row{[]Tag{"a"}, map[Tag]Level{"m": 1}, "k"}
fmt.Printf("%#v\n", r)
fmt.Printf("%#v %v %+v\n", []Row{r}, r, r)
fmt.Printf("%#v\n", struct{ L []Level }{[]Level{1, 0}})
`)
	want := `GoString func(main.Secret) string
Mask func(main.Secret, string) string
With func(main.Secret, string) main.Secret
true **
main.Row{Tags:[]main.Tag{"a"}, Marks:map[main.Tag]main.Level{"m":1}, Key:Secret(***)}
[]main.Row{main.Row{Tags:[]main.Tag{"a"}, Marks:map[main.Tag]main.Level{"m":1}, Key:Secret(***)}} {[a] map[m:high] k} {Tags:[a] Marks:map[m:high] Key:k}
struct { L []main.Level }{L:[]main.Level{1, 0}}
`
	if got := c.stdout.String(); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}
