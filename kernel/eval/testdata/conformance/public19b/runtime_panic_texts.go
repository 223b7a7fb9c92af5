package main

import (
	"fmt"
	"strings"
)

type T struct{ v int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			fmt.Printf("%-12s error: %v\n", name, e)
			return
		}
		fmt.Printf("%-12s value: %v\n", name, r)
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	arr := [4]int{}
	i, j, k := 5, 1, -1
	var m map[string]int
	var p *T
	var ch chan int
	str := "héllo"
	var fn func()
	var iface any = "x"
	try("index", func() { _ = s[i] })
	try("index neg", func() { _ = s[k] })
	try("arr index", func() { _ = arr[i] })
	try("slice hi", func() { _ = s[1:i] })
	try("slice lo>hi", func() { _ = s[2:j] })
	try("slice cap", func() { _ = s[0:2:i] })
	try("str index", func() { _ = str[i+5] })
	try("str slice", func() { _ = str[3 : i+10] })
	try("nil map", func() { m["a"] = 1 })
	try("nil deref", func() { _ = p.v })
	try("nil func", func() { fn() })
	try("div zero", func() { _ = i / (j - 1) })
	try("mod zero", func() { _ = i % (j - 1) })
	try("close nil", func() { close(ch) })
	try("close twice", func() { c := make(chan int); close(c); close(c) })
	try("send closed", func() { c := make(chan int, 1); close(c); c <- 1 })
	try("make neg", func() { _ = make([]int, k) })
	try("make cap", func() { _ = make([]int, 3, j) })
	try("assert", func() { _ = iface.(int) })
	try("assert nil", func() { var x any; _ = x.(string) })
	try("assert iface", func() { _ = iface.(fmt.Stringer) })
	try("custom", func() { panic(fmt.Sprintf("custom %d", 42)) })
	try("error val", func() { panic(fmt.Errorf("an error")) })
	try("int val", func() { panic(42) })
	try("arr ptr nil", func() { var ap *[3]int; _ = ap[1] })
	try("conv slice", func() { _ = [4]int(s) })
	try("repeat neg", func() { _ = strings.Repeat("x", k) })
	try("append nil", func() { var ns []int; ns = append(ns, 1); fmt.Println("ok", ns) })
	try("negative shift", func() { _ = 1 << k })
	try("unsafe slice", func() { x := s[:cap(s)+j]; _ = x })
	var big []int
	try("2d", func() { g := [][]int{{1}}; _ = g[0][j]; _ = big })
	fmt.Println("done")
}
