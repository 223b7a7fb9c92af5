package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func attempt(name string, make func() any) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(name, "->", e)
		}
	}()
	switch v := make().(type) {
	case *multiprocessing.Value:
		g := v.Get()
		if f, ok := g.(float64); ok && f == float64(int64(f)) {
			fmt.Printf("%s -> %.1f\n", name, f)
		} else {
			fmt.Println(name, "->", g)
		}
	case *multiprocessing.Array:
		var s []string
		for _, x := range v.Slice() {
			s = append(s, fmt.Sprint(x))
		}
		fmt.Println(name, "->", "["+strings.Join(s, ", ")+"]")
	default:
		fmt.Println(name, "->", v)
	}
}

func main() {
	attempt("Value('i', 1.5)", func() any { return multiprocessing.NewValue("i", 1.5) })
	attempt("Value('i', 'x')", func() any { return multiprocessing.NewValue("i", "x") })
	attempt("Value('d', 'x')", func() any { return multiprocessing.NewValue("d", "x") })
	attempt("Value('d', 3)", func() any { return multiprocessing.NewValue("d", 3) })
	attempt("Array('i', -1)", func() any { return multiprocessing.NewArray("i", -1) })
	attempt("Array('i', 0)", func() any { return multiprocessing.NewArray("i", 0) })
	a := multiprocessing.NewArray("i", []int{1, 2, 3})
	attempt("a[0] = 2.5", func() any { a.Set(0, 2.5); return nil })
	attempt("Semaphore(-1)", func() any { return multiprocessing.NewSemaphore(-1) })
	attempt("BoundedSemaphore(-2)", func() any { return multiprocessing.NewBoundedSemaphore(-2) })
}
