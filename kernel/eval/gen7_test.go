package eval

import "testing"

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
