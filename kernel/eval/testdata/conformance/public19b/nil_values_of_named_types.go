package main

import (
	"errors"
	"fmt"
	"iter"
)

type S []int
type M map[string]int
type F func(int) int
type P *int
type Set map[string]bool

func (s Set) Has(k string) bool { return s[k] }
func (s S) Len() int            { return len(s) }

func getF(ok bool) F {
	if !ok {
		return nil
	}
	return func(i int) int { return i + 1 }
}

func pick(s S, m M, f F, p P, e error, ch chan int) string {
	return fmt.Sprint(s == nil, m == nil, f == nil, p == nil, e == nil, ch == nil)
}

func try(name string, fn func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	fn()
}

func main() {
	fmt.Println(pick(nil, nil, nil, nil, nil, nil))
	var s S
	var set Set
	fmt.Println(s.Len(), set.Has("x"), len(set), s == nil, S{} == nil)
	fmt.Println([]int(nil) == nil, map[string]int(nil) == nil, (*int)(nil) == nil, (chan int)(nil) == nil, error(nil) == nil, any(nil) == nil)
	fmt.Println(getF(false) == nil, getF(true)(41))
	fmt.Printf("%v %v %v %d\n", S(nil), M(nil), append(S(nil), 1), len(M(nil)))
	fmt.Printf("%#v %#v %T\n", S(nil), M(nil), P(nil))
	mm := map[string][]int{"a": nil, "b": {}}
	fmt.Println(mm["a"] == nil, mm["b"] == nil, len(mm))
	type box struct {
		err error
		v   any
		f   func()
	}
	b := box{nil, nil, nil}
	fmt.Println(b.err == nil, b.v == nil, b.f == nil)
	fch := make(chan func(), 1)
	fch <- nil
	got := <-fch
	fmt.Println(got == nil)
	var seq iter.Seq[int]
	try("range nil seq", func() {
		for x := range seq {
			fmt.Println(x)
		}
	})
	try("call nil F", func() { getF(false)(1) })
	try("nil P deref", func() { var p P; fmt.Println(*p) })
	try("errors.Join nil", func() { fmt.Println(errors.Join(nil) == nil) })
	var e error
	try("nil error method", func() { _ = e.Error() })
	var arr *[3]int
	try("len nil array ptr", func() { fmt.Println(len(arr), cap(arr)) })
	try("range nil array ptr keys", func() {
		for i := range arr {
			fmt.Print(i)
		}
		fmt.Println()
	})
	try("range nil array ptr vals", func() {
		for i, v := range arr {
			fmt.Print(i, v)
		}
	})
	var ch chan int
	try("len nil chan", func() { fmt.Println(len(ch), cap(ch)) })
	var m M
	try("delete nil map", func() { delete(m, "x"); fmt.Println("ok") })
	try("clear nil", func() { clear(m); clear(s); fmt.Println("ok") })
	try("copy nil", func() { fmt.Println(copy(s, []int{1})) })
	try("min max", func() { fmt.Println(min(1, 2.5), max('a', 'b'), min("", "a")) })
}
