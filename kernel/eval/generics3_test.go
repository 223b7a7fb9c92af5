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
