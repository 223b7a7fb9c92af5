package main

import "fmt"

type Opt[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }
func None[T any]() Opt[T]    { return Opt[T]{} }

func (o Opt[T]) Get() (T, bool) { return o.val, o.ok }
func (o Opt[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}
func (o Opt[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

func MapOpt[T, U any](o Opt[T], f func(T) U) Opt[U] {
	if v, ok := o.Get(); ok {
		return Some(f(v))
	}
	return None[U]()
}

func find(xs []string, s string) Opt[int] {
	for i, x := range xs {
		if x == s {
			return Some(i)
		}
	}
	return None[int]()
}

func main() {
	xs := []string{"a", "b", "c"}
	fmt.Println(find(xs, "b"), find(xs, "z"))
	fmt.Println(find(xs, "z").OrElse(-1))
	doubled := MapOpt(find(xs, "c"), func(i int) string { return fmt.Sprint(i * 2) })
	fmt.Printf("%v %T\n", doubled, doubled)
	opts := []Opt[float64]{Some(1.5), None[float64]()}
	fmt.Println(opts)
	fmt.Printf("%v|%s|%+v\n", opts[0], opts[1], Some([]int{1}))
}
