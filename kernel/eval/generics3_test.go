package eval

import "testing"

// Generics as `go run` runs them (issue 11, fid-generics). Each expected
// output is what `go run` prints for the same program.

// An instance of a generic defined type is a defined type named as Go names
// it: %T printed its underlying type (struct { items []string }).
func TestGenericInstanceName(t *testing.T) {
	genericCells(t, `main.Stack[string] *main.Stack[string] main.List[main.Pair[string,int]]
{[a]} {First:x Second:1}
`, `type Stack[T any] struct{ items []T }
func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
type List[T any] []T
type Pair[A, B any] struct {
	First  A
	Second B
}`, `var s Stack[string]
s.Push("a")
fmt.Printf("%T %T %T\n", s, &s, List[Pair[string, int]]{})
fmt.Printf("%v %+v\n", s, Pair[string, int]{"x", 1})`)
}

// `var f func(string) string = Identity[string]` gave a func returning ""
// (the instance's body was never generated when it was first met in a var
// declaration).
func TestGenericFuncValueInVarDecl(t *testing.T) {
	genericCells(t, "id 2\nid 3\n", `func Identity[T any](x T) T { return x }`,
		`var f func(string) string = Identity[string]
var g func(int) int = Identity[int]
fmt.Println(f("id"), g(2))`,
		`func main() {
	var f func(string) string = Identity[string]
	var g func(int) int = Identity[int]
	fmt.Println(f("id"), g(3))
}`)
}

// Generic type aliases (Go 1.24): "undefined: B", a nil pointer.
func TestGenericAlias(t *testing.T) {
	genericCells(t, "{First:1 Second:one} main.Pair[int,string] 1\n[[1 2]] [][]float64\n",
		`type Set[T comparable] = map[T]bool
type Matrix[T any] = [][]T
type Pair[A, B any] struct {
	First  A
	Second B
}
type IntPair[B any] = Pair[int, B]
func count[T comparable](s Set[T]) int { return len(s) }`,
		`p := IntPair[string]{1, "one"}
fmt.Printf("%+v %T %d\n", p, p, count(Set[string]{"a": true}))
var m Matrix[float64] = [][]float64{{1, 2}}
fmt.Printf("%v %T\n", m, m)`)
}

// A generic func passed without type arguments (Go 1.21): its type
// arguments are inferred from the parameter's type, and the callee's from
// its signature ("CFG post-order panic").
func TestGenericFuncArgInference(t *testing.T) {
	genericCells(t, "[2 4] [3] [7]\n[3 2 1]\n", `import "strconv"`,
		`func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}
func Double[T ~int | ~float64](x T) T { return x * 2 }
func Desc[T ~int](a, b T) int { return int(b - a) }`,
		`fmt.Println(Map([]int{1, 2}, Double), Map([]float64{1.5}, Double), Map([]int{7}, strconv.Itoa))
s := []int{1, 3, 2}
slices.SortFunc(s, Desc)
fmt.Println(s)`)
}

// A package-level variable initialized by a call of a generic function
// (sync.OnceValues) stayed nil.
func TestGenericGlobalInit(t *testing.T) {
	genericCells(t, "42 42 1\n", `var n int
var once = sync.OnceValue(func() int { n++; return 42 })`,
		`fmt.Println(once(), once(), n)`)
}

// any(x).(type) in a generic func, x of a defined type with methods: the
// conversion kept only the value, so `case int` matched main.Color.
func TestGenericAnyConversionKeepsType(t *testing.T) {
	genericCells(t, "stringer green | Color | main.Color\ntrue true\n",
		`type Color int
func (c Color) String() string { return "green" }
type Setter interface{ Set(int) }
type Cell struct{ v int }
func (c *Cell) Set(v int) { c.v = v }
func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return fmt.Sprint("int ", v)
	case fmt.Stringer:
		return "stringer " + v.String()
	}
	return "other"
}
func Kind(c Color) string {
	switch any(c).(type) {
	case int:
		return "int"
	case Color:
		return "Color"
	}
	return "other"
}`,
		`fmt.Printf("%s | %s | %T\n", Describe(Color(1)), Kind(1), any(Color(2)))
var a any = Cell{}
_, ok1 := any(&Cell{}).(Setter)
_, ok2 := a.(Cell)
fmt.Println(ok1, ok2)`)
}

// A method of a generic type calling a method declared after it
// ("undefined selector: walk"), and a recursive generic func called in a
// loop (a stack overflow of the loop-variable analysis, fatal).
func TestGenericMethodOrderAndRecursionInLoop(t *testing.T) {
	genericCells(t, "5 1 2 3 \n", `type Tree[T any] struct {
	Val  T
	Kids []*Tree[T]
}
func Count[T any](t *Tree[T]) int {
	n := 1
	for _, k := range t.Kids {
		n += Count(k)
	}
	return n
}
func (t *Tree[T]) Each(f func(T)) { t.walk(f) }
func (t *Tree[T]) walk(f func(T)) {
	f(t.Val)
	for _, k := range t.Kids {
		k.walk(f)
	}
}`, `t := &Tree[int]{1, []*Tree[int]{{2, nil}, {3, []*Tree[int]{{4, nil}, {5, nil}}}}}
fmt.Print(Count(t), " ")
t.Each(func(v int) {
	if v < 4 {
		fmt.Print(v, " ")
	}
})
fmt.Println()`)
}

// A generic func assigned or returned without type arguments (Go 1.21),
// and a declared func returned as a func value ("reflect.Set: value of
// type *interp.node").
func TestGenericFuncAssignmentInference(t *testing.T) {
	genericCells(t, "6 2.5 8 10 -5 14\n", `func Double[T ~int | ~float64](x T) T { return x * 2 }
type Transform func(float64) float64
func neg(x int) int { return -x }
func pick(n bool) func(int) int {
	if n {
		return neg
	}
	return Double
}`, `var f func(int) int = Double
var g func(float64) float64
g = Double
var t Transform = Double
h := pick(false)
fmt.Println(f(3), g(1.25), t(4), h(5), pick(true)(5), f(7))`)
}

// A composite literal of an instance whose type arguments are instances
// (Dict[string, Vec[int]]{...}) got the unnamed type of the definition's
// right-hand side: %T printed map[string]main.Vec[int].
func TestGenericNestedInstanceLiteral(t *testing.T) {
	genericCells(t, "map[x:[1 2]] main.Dict[string,main.Vec[int]]\n[{a 1}] main.Vec[main.Pair[string,int]]\n",
		`type Vec[T any] []T
type Dict[K comparable, V any] map[K]V
type Pair[K comparable, V any] struct {
	Key K
	Val V
}`, `d := Dict[string, Vec[int]]{"x": {1, 2}}
fmt.Printf("%v %T\n", d, d)
v := Vec[Pair[string, int]]{{"a", 1}}
fmt.Printf("%v %T\n", v, v)`)
}

// for _, c := range chs, chs a variadic parameter of channels: the range
// took the value variable c for the ranged channel ("reflect: call of
// reflect.Value.Len on int Value").
func TestRangeOverSliceOfChans(t *testing.T) {
	genericCells(t, "3 2\n", `func Total[T any](chs ...<-chan T) int {
	n := 0
	for _, c := range chs {
		for range c {
			n++
		}
	}
	return n
}
func Count(chs ...chan string) int {
	n := 0
	for _, c := range chs {
		_ = c
		n++
	}
	return n
}`, `a, b := make(chan int, 2), make(chan int, 1)
a <- 1
a <- 2
b <- 3
close(a)
close(b)
fmt.Println(Total(a, b), Count(nil, nil))`)
}

// A type parameter inferred from its constraint's single type term
// (PT interface{ *T; Set(string) }, T int), as Go does ("cannot infer PT").
func TestGenericCoreTypeInference(t *testing.T) {
	genericCells(t, "[{A} {BC}] n42 1\n", `import "strconv"`, `type Upper struct{ S string }
func (u *Upper) Parse(s string) { u.S = strings.ToUpper(s) }
type Parser[T any] interface {
	*T
	Parse(string)
}
func ParseAll[T any, PT Parser[T]](inputs []string) []T {
	out := make([]T, len(inputs))
	for i, in := range inputs {
		PT(&out[i]).Parse(in)
	}
	return out
}
type Num struct{ v int }
func (n *Num) Set(s string) { n.v, _ = strconv.Atoi(s) }
func (n Num) String() string { return "n" + strconv.Itoa(n.v) }
func Parse[T any, PT interface {
	*T
	Set(string)
	fmt.Stringer
}](s string) T {
	var v T
	PT(&v).Set(s)
	return v
}
func One[T int]() T { return 1 }`, `fmt.Println(ParseAll[Upper]([]string{"a", "bc"}), Parse[Num]("42"), One())`)
}

// The result of a call passed to fmt.Println, of an interpreted type with
// a String method, printed its fields ({0}) instead of String().
func TestCallResultStringer(t *testing.T) {
	genericCells(t, "n0 n1 | n2 1 | 3 n3\n", `type Num struct{ v int }
func (n Num) String() string { return fmt.Sprint("n", n.v) }
func P(i int) Num { return Num{i} }
func Q() (Num, int) { return Num{2}, 1 }
func Id[T any](x T) T { return x }`, `fmt.Println(P(0), Id(Num{1}), "|", fmt.Sprint(Q()), "|", 3, Id[Num](P(3)))`)
}

// Generic funcs and types across cells: instantiated with a type of a later
// cell, a method added to a generic type after an instance exists, and a
// generic func declared again.
func TestGenericsAcrossCells(t *testing.T) {
	genericCells(t, "[20.0°C 31.5°C] [20.0°C 31.5°C]\n{3.0°C} main.Box[main.Celsius]\n3.0°C 4\n0\n",
		`func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}
type Box[T any] struct{ V T }`,
		`type Celsius float64
func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }`,
		`temps := Map([]float64{20, 31.5}, func(f float64) Celsius { return Celsius(f) })
fmt.Println(temps, Map(temps, func(c Celsius) string { return c.String() }))`,
		`b := Box[Celsius]{3}
fmt.Printf("%v %T\n", b, b)`,
		`func (b Box[T]) Get() T { return b.V }`,
		`fmt.Println(b.Get(), Box[int]{4}.Get())`,
		`func Map[T, U any](xs []T, f func(T) U) []U { return nil }`,
		`fmt.Println(len(Map([]int{1}, func(i int) int { return i })))`)
}

// Untyped constant arguments of one type parameter take the default type of
// the largest kind (Sum(1, 2.5) is Sum[float64]: "5/2 truncated to int").
func TestGenericUntypedConstInference(t *testing.T) {
	genericCells(t, "6 3.5 3 float64 7.5 99 15 int64\n", `func Sum[T int | int64 | float64](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}
func Max[T int | float64 | rune](a, b T) T {
	if a > b {
		return a
	}
	return b
}`, `var x int64 = 10
fmt.Printf("%v %v %v %T %v %v %v %T\n", Sum(1, 2, 3), Sum(1, 2.5), Sum(1.0, 2), Sum(1.0, 2), Max(3, 7.5), Max(2, 'c'), Sum(x, 5), Sum(x, 5))`)
}
