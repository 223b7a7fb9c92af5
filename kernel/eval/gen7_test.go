package eval

import (
	"strings"
	"testing"
)

// Generics and recursive func types as `go run` runs them (issue 11, s7
// helper gen). Each expected output is what `go run` prints for the same
// program.

const gen7SetDecls = `type Set[T comparable] struct{ m map[T]bool }

func Of[T comparable](xs ...T) Set[T] {
	s := Set[T]{m: make(map[T]bool)}
	for _, x := range xs {
		s.m[x] = true
	}
	return s
}

func (s Set[T]) Diff(o Set[T]) Set[T] {
	r := Of[T]()
	for k := range s.m {
		if !o.m[k] {
			r.m[k] = true
		}
	}
	return r
}

func (s Set[T]) Union(o Set[T]) Set[T] {
	r := Of[T]()
	for k := range s.m {
		r.m[k] = true
	}
	for k := range o.m {
		r.m[k] = true
	}
	return r
}`

// A method of a generic type calling a generic func instantiated with the
// type parameter (r := Of[T]()), when the instance of the generic type is
// made while the type of that same func instance is computed: "CFG
// post-order panic: nil pointer dereference" in a cell with func main.
func TestGen7MethodCallsGenericFuncOfItsType(t *testing.T) {
	const want = "{map[1:true 2:true]} 4\n"
	const stmts = `a, b := Of(1, 2, 3), Of(3, 4)
fmt.Println(a.Diff(b), len(a.Union(b).m))`
	genericCells(t, want, gen7SetDecls+"\n\nfunc main() {\n"+stmts+"\n}")
	genericCells(t, want, gen7SetDecls, stmts)
}

// A generic func whose body calls a generic func of the standard library
// (slices, maps: compiled from source on first use), first instantiated
// from a top-level statement: the package's variables took frame slots of
// the statement's temporaries ("reflect.Set: value of type []int is not
// assignable to type int").
func TestGen7StdlibGenericLoadedFromInstance(t *testing.T) {
	genericCells(t, "[a b] [1 3]\n", `func Keys[K int | string, V any](m map[K]V) []K {
	return slices.Sorted(maps.Keys(m))
}`, `fmt.Println(Keys(map[string]int{"b": 1, "a": 2}), Keys(map[int]bool{3: true, 1: false}))`)
}

const gen7LexerDecls = `type stateFn func(*lexer) stateFn

type lexer struct {
	input string
	pos   int
	out   []string
}

func lexText(l *lexer) stateFn {
	start := l.pos
	for l.pos < len(l.input) && l.input[l.pos] != '{' {
		l.pos++
	}
	if l.pos > start {
		l.out = append(l.out, "T("+l.input[start:l.pos]+")")
	}
	if l.pos >= len(l.input) {
		return nil
	}
	return lexAction
}

func lexAction(l *lexer) stateFn {
	start := l.pos
	for l.input[l.pos] != '}' {
		l.pos++
	}
	l.pos++
	l.out = append(l.out, "A"+l.input[start:l.pos])
	return lexText
}

type F func(...F) F`

const gen7LexerStmts = `l := &lexer{input: "hi {x} and {y}"}
for state := stateFn(lexText); state != nil; {
	state = state(l)
}
fmt.Println(l.out)

type StateFn func(int) StateFn
var even, odd StateFn
even = func(n int) StateFn { fmt.Print("e", n, " "); return odd }
odd = func(n int) StateFn {
	fmt.Print("o", n, " ")
	if n >= 3 {
		return nil
	}
	return even
}
s := even
for i := 0; s != nil; i++ {
	s = s(i)
}
fmt.Println(s == nil)

var f F
f = func(xs ...F) F { fmt.Print(len(xs), " "); return f }
f(f, f)(f)()
fmt.Println()`

// Recursive func types (the state functions of Rob Pike's lexer,
// text/template/parse): "reflect.Type is nil". At package level and in a
// func body, declared funcs and func literals as values, a nil result, a
// variadic parameter of the type itself.
func TestGen7RecursiveFuncType(t *testing.T) {
	const want = "[T(hi ) A{x} T( and ) A{y}]\ne0 o1 e2 o3 true\n2 1 0 \n"
	genericCells(t, want, gen7LexerDecls, gen7LexerStmts)
	genericCells(t, want, gen7LexerDecls+"\n\nfunc main() {\n"+gen7LexerStmts+"\n}")
}

// The type checks stay exact: a func of another signature is not a value
// of the recursive func type, though their runtime types are the same.
func TestGen7RecursiveFuncTypeMismatch(t *testing.T) {
	ts := newSession(t)
	ts.ok(`type F func(int) F`)
	for _, code := range []string{
		`var g F = func(n int) interface{} { return nil }`,
		`var g F = func(s string) F { return nil }`,
		`g := F(func(n int) any { return nil })`,
	} {
		c := ts.run(code)
		if c.err == nil || !strings.Contains(c.err.Error(), "cannot") {
			t.Errorf("%s: err %v, want a compile error (cannot use/convert)", code, c.err)
		}
	}
}

// Fields named as type parameters (struct{ A A; B B }) were substituted
// ("reflect.StructOf: duplicate field int"); a recursive generic type of
// two type parameters (next *node[K, V]) instantiated itself for ever (a
// fatal stack overflow); a notebook func named as a generic func of the
// standard library (Sorted, slices.Sorted) shared its instances ("cannot
// use type iter.Seq[int] as type main.Set[int]").
func TestGen7GenericNames(t *testing.T) {
	const decls = `type Pair[A, B comparable] struct {
	A A
	B B
}

type node[K comparable, V any] struct {
	key  K
	val  V
	next *node[K, V]
}

func Sorted[T int | string](m map[T]bool) []T { return slices.Sorted(maps.Keys(m)) }`
	const stmts = `p := Pair[string, int]{A: "x", B: 1}
fmt.Printf("%+v %v\n", p, p.A)
n := &node[string, int]{key: "a", val: 1}
n.next = &node[string, int]{key: "b", val: 2}
fmt.Println(n.next.key, n.next.val)
fmt.Println(Sorted(map[int]bool{3: true, 1: true}))`
	const want = "{A:x B:1} x\nb 2\n[1 3]\n"
	genericCells(t, want, decls, stmts)
	genericCells(t, want, decls+"\n\nfunc main() {\n"+stmts+"\n}")
}

// An instance of a generic type of several type parameters used as a type
// in a type assertion or a composite literal (x.(*entry[K, V]), a nested
// &node[string, int]{...}): "CFG post-order panic", "cannot use type
// main.node[string,int] as type string".
func TestGen7IndexListTypes(t *testing.T) {
	const decls = `type entry[K comparable, V any] struct {
	key K
	val V
}

type node[K comparable, V any] struct {
	key  K
	next *node[K, V]
}

type C[K comparable, V any] struct{ x any }

func (c C[K, V]) Get() V { return c.x.(*entry[K, V]).val }`
	const stmts = `c := C[string, int]{&entry[string, int]{"a", 1}}
var x any = entry[int, bool]{2, true}
e, ok := x.(entry[int, bool])
n := &node[string, int]{"a", &node[string, int]{"b", nil}}
fmt.Println(c.Get(), e.key, ok, n.next.key)`
	const want = "1 2 true b\n"
	genericCells(t, want, decls, stmts)
	genericCells(t, want, decls+"\n\nfunc main() {\n"+stmts+"\n}")
}

// A recursive func type that is also the type of a field of a struct of
// its signature (type lexer struct{ state stateFn }, Rob Pike's lexer):
// "recursive func type main.stateFn used inside another type of its
// signature: not supported", then a panic calling l.state(l).
func TestGen7RecursiveFuncTypeStructField(t *testing.T) {
	genericCells(t, "3\n", `type lexer struct {
	state stateFn
	n     int
}
type stateFn func(*lexer) stateFn

func st(l *lexer) stateFn {
	l.n++
	if l.n > 2 {
		return nil
	}
	return st
}`, `l := &lexer{state: st}
for l.state != nil {
	l.state = l.state(l)
}
fmt.Println(l.n)`)
}
