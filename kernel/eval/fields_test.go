package eval

import (
	"slices"
	"testing"
)

// Interpreted structs keep their field names in reflect (issue 11): fmt,
// encoding/json, encoding/gob and reflect see x, not Xx, and skip unexported
// fields as for compiled code. Every want below is what `go run` prints for
// the program made of decls and of func main() { body }.
type fieldsCase struct {
	name, decls, body, want string
}

var fieldsCases = []fieldsCase{
	{"Print", `import "fmt"
type point struct{ x, y int }
type line struct {
	a, b point
	tag  string
}
type p3 struct {
	point
	z int
}`, `p := point{1, 2}
fmt.Printf("%v %+v\n", p, p)
fmt.Printf("%v %+v\n", &p, &p)
l := line{point{1, 2}, point{3, 4}, "L"}
fmt.Printf("%v %+v\n", l, l)
fmt.Printf("%+v\n", []point{{1, 2}, {3, 4}})
fmt.Printf("%+v\n", map[string]point{"a": {5, 6}})
fmt.Printf("%+v\n", map[point]bool{{1, 2}: true})
q := p3{point{1, 2}, 3}
fmt.Printf("%v %+v\n", q, q)
fmt.Printf("%+v\n", struct {
	a int
	B string
}{1, "b"})
anon := []struct{ n int }{{1}, {2}}
anon[1].n = 5
fmt.Printf("%+v\n", anon)`, `{1 2} {x:1 y:2}
&{1 2} &{x:1 y:2}
{{1 2} {3 4} L} {a:{x:1 y:2} b:{x:3 y:4} tag:L}
[{x:1 y:2} {x:3 y:4}]
map[a:{x:5 y:6}]
map[{x:1 y:2}:true]
{{1 2} 3} {point:{x:1 y:2} z:3}
{a:1 B:b}
[{n:1} {n:5}]
`},
	{"Stringer", `import "fmt"
type celsius struct{ deg float64 }
func (c celsius) String() string { return fmt.Sprintf("%.1f°C", c.deg) }
type temp struct{ c celsius }`, `c := celsius{21.5}
fmt.Println(c, c.deg)
fmt.Printf("%v %+v %s\n", celsius{3}, celsius{3}, celsius{3})
fmt.Println(temp{celsius{1}})`, `21.5°C 21.5
3.0°C 3.0°C 3.0°C
{{1}}
`},
	{"Error", `import ("errors"; "fmt")
type myErr struct {
	code int
	msg  string
}
func (e *myErr) Error() string { return fmt.Sprintf("error %d: %s", e.code, e.msg) }`, `var err error = &myErr{404, "not found"}
fmt.Println(err)
fmt.Println(err.(*myErr).code)
w := fmt.Errorf("wrapped: %w", err)
fmt.Println(w, errors.Unwrap(w) != nil)`, `error 404: not found
404
wrapped: error 404: not found true
`},
	{"JSON", `import ("encoding/json"; "fmt")
type named struct {
	Name string ` + "`json:\"name\"`" + `
	Age  int    ` + "`json:\"age,omitempty\"`" + `
	note string
}
type point struct{ x, y int }
type Inner struct{ A, b int }
type Outer struct {
	Inner
	C int
}`, `b, err := json.Marshal(named{"Ann", 0, "secret"})
fmt.Println(string(b), err)
b, err = json.Marshal(point{1, 2})
fmt.Println(string(b), err)
var n named
err = json.Unmarshal([]byte(` + "`" + `{"name":"Bob","age":3,"note":"x"}` + "`" + `), &n)
fmt.Printf("%+v %v\n", n, err)
b, err = json.Marshal(Outer{Inner{1, 2}, 3})
fmt.Println(string(b), err)
var o Outer
err = json.Unmarshal([]byte(` + "`" + `{"A":7,"C":8,"b":9}` + "`" + `), &o)
fmt.Println(o.A, o.b, o.C, err)`, `{"name":"Ann"} <nil>
{} <nil>
{Name:Bob Age:3 note:} <nil>
{"A":1,"C":3} <nil>
7 0 8 <nil>
`},
	{"Gob", `import ("bytes"; "encoding/gob"; "fmt")
type rec struct {
	Name string
	n    int
	Tags []string
}`, `var buf bytes.Buffer
err := gob.NewEncoder(&buf).Encode(rec{"a", 5, []string{"t"}})
fmt.Println(err)
var r rec
err = gob.NewDecoder(&buf).Decode(&r)
fmt.Printf("%+v %v\n", r, err)`, `<nil>
{Name:a n:0 Tags:[t]} <nil>
`},
	{"Reflect", `import ("fmt"; "reflect")
type point struct{ x, y int }
type named struct {
	Name string ` + "`json:\"name\"`" + `
	note string
}`, `t := reflect.TypeOf(point{})
fmt.Println(t.Field(0).Name, t.Field(1).Name, t.Field(0).PkgPath, t.Field(0).IsExported())
n := reflect.TypeOf(named{})
fmt.Println(n.Field(0).Name, n.Field(0).Tag.Get("json"), n.Field(1).Name, n.Field(1).IsExported())
v := reflect.ValueOf(point{3, 4})
fmt.Println(v.Field(1).Int(), v.Field(1).CanInterface())`, `x y main false
Name name note false
4 false
`},
	{"Compare", `import ("fmt"; "sort")
type point struct{ x, y int }
type line struct {
	a, b point
	tag  string
}`, `p := point{1, 2}
l := line{point{1, 2}, point{3, 4}, "L"}
fmt.Println(p == point{1, 2}, p != point{2, 1}, l == line{point{1, 2}, point{3, 4}, "L"}, l.a == l.b)
m := map[point]string{{1, 2}: "a"}
m[point{3, 4}] = "b"
fmt.Println(m[point{1, 2}], m[point{3, 4}], len(m))
var k interface{} = point{1, 2}
fmt.Println(k == p)
ps := []point{{3, 1}, {1, 2}, {2, 0}}
sort.Slice(ps, func(i, j int) bool { return ps[i].x < ps[j].x })
fmt.Println(ps)`, `true true true false
a b 2
true
[{1 2} {2 0} {3 1}]
`},
	{"Mutate", `import "fmt"
type point struct{ x, y int }
type counter struct{ count int }
func (c *counter) inc() { c.count++ }
type wrap struct{ c counter }
type box struct {
	v  any
	fn func(int) int
	m  map[string]int
	sl []int
}`, `c := counter{}
c.inc()
c.count += 10
pc := &c.count
*pc += 100
fmt.Println(c.count, c)
w := wrap{}
w.c.inc()
w.c.count++
fmt.Printf("%+v\n", w)
p := point{1, 2}
pp := &p
pp.x = 10
p.y *= 3
fmt.Println(p)
arr := [2]point{{1, 1}}
arr[1].x = 5
fmt.Println(arr)
mp := map[string]*point{"k": {1, 1}}
mp["k"].y = 9
fmt.Println(*mp["k"])
fn := func() point { return point{4, 5} }
fmt.Println(fn().x, fn())
iv := interface{}(p)
fmt.Println(iv.(point).x)
b := box{v: 3, fn: func(i int) int { return i * 2 }, m: map[string]int{}, sl: []int{1}}
b.m["k"] = 5
b.sl = append(b.sl, 2)
b.v = "str"
px := &b.sl
*px = append(*px, 3)
fmt.Println(b.fn(21), b.m, b.sl, b.v)
ch := make(chan point, 1)
ch <- point{5, 6}
r := <-ch
fmt.Println(r.x, r)`, `111 {111}
{c:{count:2}}
{10 6}
[{1 1} {5 0}]
{1 9}
4 {4 5}
10
42 map[k:5] [1 2 3] str
5 {5 6}
`},
	{"Embedded", `import ("fmt"; "strings")
type point struct{ x, y int }
func (p point) sum() int     { return p.x + p.y }
func (p *point) scale(k int) { p.x *= k; p.y *= k }
type p3 struct {
	point
	z int
}
type shape interface{ area() float64 }
type sq struct{ side float64 }
func (s sq) area() float64 { return s.side * s.side }
type wrapped struct{ shape }
type wrapped2 struct {
	shape
	name string
}
type embB struct {
	*strings.Builder
	n int
}`, `q := p3{point{1, 2}, 3}
fmt.Println(q.x, q.point.y, q.z, q.sum(), q.point.sum())
q.scale(10)
q.y++
fmt.Printf("%+v\n", q)
f := q.sum
fmt.Println(f())
arr := []p3{{point{1, 1}, 1}}
arr[0].x = 9
arr[0].point.y = 8
fmt.Println(arr, arr[0] == p3{point{9, 8}, 1})
fmt.Println(wrapped{sq{2}}.area())
w2 := wrapped2{sq{3}, "n"}
fmt.Println(w2.area(), w2.name)
eb := embB{&strings.Builder{}, 1}
eb.WriteString("yo")
fmt.Println(eb.String(), eb.Len(), eb.n)`, `1 2 3 3 3
{point:{x:10 y:21} z:3}
31
[{{9 8} 1}] true
4
9 n
yo 2 1
`},
	{"Types", `import ("fmt"; "strings")
type list struct {
	val  int
	next *list
}
type pair[T any] struct{ a, b T }
type withBuilder struct {
	sb strings.Builder
	n  int
}`, `l := &list{1, &list{2, nil}}
for e := l; e != nil; e = e.next {
	fmt.Print(e.val, " ")
}
fmt.Println()
fmt.Printf("%+v\n", *l.next)
pr := pair[string]{"a", "b"}
fmt.Printf("%v %+v %s\n", pr, pr, pr.a+pr.b)
var wb withBuilder
wb.sb.WriteString("hi")
wb.n = wb.sb.Len()
fmt.Println(wb.sb.String(), wb.n)
type local struct{ k string }
fmt.Printf("%+v\n", local{"v"})`, `1 2 
{val:2 next:<nil>}
{a b} {a:a b:b} ab
hi 2
{k:v}
`},
}

func TestFields(t *testing.T) {
	for _, tc := range fieldsCases {
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

// A cell's struct result shows the real field names (%+v).
func TestFieldsResult(t *testing.T) {
	ts := newSession(t)
	ts.ok("type point struct{ x, y int }")
	if got := ts.ok("point{1, 2}").text(); got != "{x:1 y:2}" {
		t.Errorf("got %q, want {x:1 y:2}", got)
	}
	if got := ts.ok("&point{3, 4}").text(); got != "&{x:3 y:4}" {
		t.Errorf("got %q, want &{x:3 y:4}", got)
	}
}

// Completion after "p." offers the unexported fields of a notebook struct
// (usable in the notebook), not those of a compiled one.
func TestFieldsComplete(t *testing.T) {
	ts := newSession(t)
	ts.ok("import \"time\"\ntype point struct{ x, Y int }\np := point{1, 2}\nnow := time.Time{}")
	m, _, _ := ts.s.Complete("p.", 2)
	if !slices.Contains(m, "x") || !slices.Contains(m, "Y") || slices.Contains(m, "Xx") {
		t.Errorf("Complete(p.) = %v", m)
	}
	m, _, _ = ts.s.Complete("now.", 4)
	if slices.Contains(m, "wall") || !slices.Contains(m, "Unix") {
		t.Errorf("Complete(now.) = %v", m)
	}
}

// goProgram is the Go program whose output a fieldsCase wants.
func (tc fieldsCase) goProgram() string {
	return "package main\n\n" + tc.decls + "\n\nfunc main() {\n" + tc.body + "\n}\n"
}

// Field access is the hottest path of course code: an unexported and an
// exported field incremented in a loop (ns/op is one iteration).
func BenchmarkFieldUnexported(b *testing.B) {
	benchCell(b, "type counter struct{ count int }\nfunc fn(n int) { c := counter{}; for i := 0; i < n; i++ { c.count++ } }")
}

func BenchmarkFieldExported(b *testing.B) {
	benchCell(b, "type counter struct{ Count int }\nfunc fn(n int) { c := counter{}; for i := 0; i < n; i++ { c.Count++ } }")
}

func BenchmarkFieldPtrUnexported(b *testing.B) {
	benchCell(b, "type counter struct{ count int }\nfunc fn(n int) { c := &counter{}; for i := 0; i < n; i++ { c.count += i } }")
}
