package main

import (
	"fmt"
	"strings"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			fmt.Printf("%s: %v (runtime error: %v)\n", name, e, strings.HasPrefix(e.Error(), "runtime error"))
			return
		}
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

type T struct{ v int }

func main() {
	var s []int
	var m map[string]int
	var p *T
	var i any = "str"
	arr := [3]int{}
	idx := 5
	try("index", func() { _ = s[idx] })
	try("index arr", func() { _ = arr[idx%4] })
	try("slice", func() { _ = s[1:idx] })
	try("nil map", func() { m["a"] = 1 })
	try("nil ptr", func() { _ = p.v })
	try("assert", func() { _ = i.(int) })
	try("assert iface", func() { _ = i.(fmt.Stringer) })
	try("div", func() { z := 0; _ = 10 / z })
	try("close nil", func() { var c chan int; close(c) })
	try("close twice", func() { c := make(chan int); close(c); close(c) })
	try("custom", func() { panic(fmt.Sprintf("bad value %d", 42)) })
	try("makeslice", func() { n := -1; _ = make([]int, n) })
	try("str index", func() { str := "abc"; _ = str[idx] })
	try("conv", func() { var x any = 3; _ = x.(string) })
	try("send closed", func() { c := make(chan int, 1); close(c); c <- 1 })
	try("slice3", func() { a := []int{1, 2, 3}; j := 1; _ = a[2:j] })
	fmt.Println(m["missing"], len(s), s == nil)
}
