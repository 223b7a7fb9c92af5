package main

import (
	"fmt"
	"strings"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			fmt.Printf("%s: runtime error? %v: %v\n", name, strings.HasPrefix(e.Error(), "runtime error"), e)
			return
		}
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

type T struct{ v int }

func main() {
	var s []int = make([]int, 3, 5)
	i, j := 7, 2
	try("index", func() { _ = s[i] })
	try("slice high", func() { _ = s[:i] })
	try("slice inverted", func() { _ = s[i-4 : j] })
	try("slice3", func() { _ = s[0:2:i] })
	try("str index", func() { _ = "abc"[i] })
	try("str slice", func() { _ = "abc"[j:i] })
	try("nil map", func() { var m map[string]int; m["a"] = 1 })
	try("div", func() { z := 0; _ = 10 / z })
	try("mod", func() { z := 0; _ = 10 % z })
	try("nil ptr", func() { var p *T; _ = p.v })
	try("assert", func() { var x any = "s"; _ = x.(int) })
	try("assert iface", func() { var x any = T{}; _ = x.(fmt.Stringer) })
	try("assert nil", func() { var x any; _ = x.(int) })
	try("close nil", func() { var c chan int; close(c) })
	try("close twice", func() { c := make(chan int); close(c); close(c) })
	try("send closed", func() { c := make(chan int, 1); close(c); c <- 1 })
	try("neg make", func() { n := -1; _ = make([]int, n) })
	try("arr conv", func() { _ = [4]int(s) })
	try("custom", func() { panic(fmt.Errorf("custom %d", 1)) })
	try("nil func", func() { var f func(); f() })
}
