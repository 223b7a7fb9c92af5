package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

type customPanic struct{ code int }

func (c customPanic) String() string { return fmt.Sprintf("custom(%d)", c.code) }

func try(name string, f func()) {
	defer func() {
		r := recover()
		var kind string
		switch v := r.(type) {
		case runtime.Error:
			kind = "runtime.Error: " + v.Error()
		case error:
			kind = "error: " + v.Error()
		case fmt.Stringer:
			kind = "stringer: " + v.String()
		case string:
			kind = "string: " + v
		case nil:
			kind = "no panic"
		default:
			kind = fmt.Sprintf("%T: %v", v, v)
		}
		fmt.Printf("%-10s %s\n", name, kind)
	}()
	f()
}

type T struct {
	p *T
	v int
}

func main() {
	var arr [3]int
	idx := 5
	var nilMap map[string][]int
	var np *T
	var iface any = 3
	try("index", func() { _ = arr[idx%4+1:][idx] })
	try("slice", func() { s := []int{1, 2}; lo := 3; _ = s[lo:] })
	try("nilmap", func() { nilMap["a"] = nil })
	try("nilptr", func() { fmt.Println(np.v) })
	try("deref", func() { fmt.Println(np.p.p) })
	try("assert", func() { _ = iface.(string) })
	try("divide", func() { z := 0; fmt.Println(10 / z) })
	try("closed", func() { c := make(chan int); close(c); close(c) })
	try("send", func() { c := make(chan int); close(c); c <- 1 })
	try("custom", func() { panic(customPanic{7}) })
	try("error", func() { panic(errors.New("plain error")) })
	try("wrapped", func() { panic(fmt.Errorf("ctx: %w", errors.ErrUnsupported)) })
	try("int", func() { panic(42) })
	try("none", func() {})
	try("makeneg", func() { n := -1; _ = make([]int, n) })
	try("conv", func() { var x any = int64(1); _ = x.(int) })
	try("array", func() { var a []int; _ = [2]int(a) })
	try("nested", func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("again: ", r))
		}()
		panic("first")
	})
	var re runtime.Error
	func() {
		defer func() { re, _ = recover().(runtime.Error) }()
		var m map[int]int
		m[0]++
	}()
	fmt.Println(re != nil, strings.Contains(re.Error(), "nil map"))
}
