package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q *Sq) Area() float64 { return q.s * q.s }

type Circle struct{ r float64 }

func (c Circle) Area() float64 { return 3 * c.r * c.r }

type T1 struct {
	A int `json:"a"`
	B string
}
type T2 struct {
	A int `xml:"a"`
	B string
}

type Inner struct{ n int }

func (i *Inner) Get() int { return i.n }

type Outer struct{ *Inner }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(runtime.Error); ok {
			fmt.Println(name, "runtime.Error:", e.Error())
			return
		}
		if e, ok := r.(error); ok {
			fmt.Println(name, "error:", e, fmt.Sprintf("%T", e))
			return
		}
		fmt.Println(name, "value:", r)
	}()
	f()
}

func helper() interface{} { return recover() }

func named() (r int, err error) {
	defer func() {
		if x := recover(); x != nil {
			err = fmt.Errorf("recovered: %v", x)
			r = -1
		}
	}()
	r = 10
	panic("boom")
}

func main() {
	var fs []func() int
	for i := 0; i < 6; i++ {
		if i%2 == 0 {
			i++
		}
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for i := range 5 {
		i *= 10
		fmt.Print(i, " ")
	}
	fmt.Println()
	i := 0
back:
	if i < 3 {
		j := i * 2
		fmt.Print(j, " ")
		i++
		goto back
	}
	fmt.Println()
	t1 := T1{1, "x"}
	t2 := T2(t1)
	fmt.Println(t2, struct {
		A int
		B string
	}(t1))
	var s Shape = &Sq{2}
	try("assert", func() { _ = s.(Circle) })
	try("assert2", func() { var x interface{} = "str"; _ = x.(int) })
	try("assert3", func() { var x interface{}; _ = x.(int) })
	try("assert4", func() { var x interface{} = 5; _ = x.(fmt.Stringer) })
	try("div", func() { a, b := 1, 0; fmt.Println(a / b) })
	try("idx", func() { a := []int{1}; k := 5; fmt.Println(a[k]) })
	try("slice", func() { a := []int{1}; k := 5; fmt.Println(a[1:k]) })
	try("slice2", func() { a := "abc"; k, l := 2, 1; fmt.Println(a[k:l]) })
	try("nilmap", func() { var m map[string]int; m["a"] = 1 })
	try("nilptr", func() { var p *Sq; fmt.Println(p.s) })
	try("embednil", func() { o := Outer{}; f := o.Get; fmt.Println("got method value"); fmt.Println(f()) })
	try("panicnil", func() { panic(nil) })
	try("custom", func() { panic(errors.New("custom err")) })
	try("fmt", func() { panic(fmt.Sprintf("%d", 42)) })
	try("recover-helper", func() {
		defer func() { fmt.Println("helper got", helper()) }()
		panic("deep")
	})
	try("arr", func() { var a [3]int; k := -1; _ = a[k+4-1+1-1] })
	try("conv", func() { s := []int{1, 2}; _ = [3]int(s) })
	try("neg-make", func() { n := -1; _ = make([]int, n) })
	try("closed", func() { c := make(chan int); close(c); close(c) })
	try("shift", func() { n := -1; fmt.Println(1 << n) })
	fmt.Println(named())
	var arr1 [2]interface{} = [2]interface{}{1, "a"}
	arr2 := [2]interface{}{1, "a"}
	fmt.Println(arr1 == arr2)
	var ia interface{} = [2]int{1, 2}
	fmt.Println(ia == [2]int{1, 2}, ia == interface{}([2]int{1, 3}))
	try("cmp", func() { var a, b interface{} = []int{1}, []int{1}; fmt.Println(a == b) })
	try("cmp2", func() { var a, b interface{} = map[int]int{}, 1; fmt.Println(a == b) })
	try("cmp3", func() { a := [1]interface{}{[]int{}}; b := a; fmt.Println(a == b) })
	var x interface{} = 3
	switch v := x.(type) {
	case int, string:
		fmt.Printf("%T %v\n", v, v)
	}
	fmt.Println(strings.Repeat("=", 3))
	var e error = fmt.Errorf("wrap: %w and %w", errors.New("a"), errors.ErrUnsupported)
	fmt.Println(e, errors.Is(e, errors.ErrUnsupported), errors.Unwrap(e) == nil)
}
