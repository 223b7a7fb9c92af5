package main

import (
	"errors"
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(runtime.Error); ok {
			fmt.Printf("%s: runtime error: %v\n", name, err)
			return
		}
		if err, ok := r.(error); ok {
			fmt.Printf("%s: error %v\n", name, err)
			return
		}
		fmt.Printf("%s: %v (%T)\n", name, r, r)
	}()
	f()
}

type T struct{ x int }

func main() {
	var s []int
	var m map[string]int
	var p *T
	var i any = "str"
	var e error
	zero := 0
	try("index", func() { _ = s[3] })
	try("slice", func() { a := []int{1, 2, 3}; lo := 2; _ = a[lo:1] })
	try("slice cap", func() { a := make([]int, 2, 4); hi := 5; _ = a[:hi] })
	try("nil map", func() { m["x"] = 1 })
	try("nil ptr", func() { fmt.Println(p.x) })
	try("div zero", func() { fmt.Println(10 / zero) })
	try("type assert", func() { _ = i.(int) })
	try("iface nil method", func() { _ = e.Error() })
	try("custom", func() { panic(errors.New("custom err")) })
	try("value", func() { panic(42) })
	try("string conv", func() { a := [3]int{}; k := 5; a[k%8] = 1 })
	try("closed chan", func() { c := make(chan int); close(c); close(c) })
	try("negative make", func() { n := -1; _ = make([]int, n) })
	try("fmt panic", func() { panic(fmt.Sprintf("%d-%s", 1, "x")) })
	var re runtime.Error
	func() {
		defer func() { re, _ = recover().(runtime.Error) }()
		_ = s[0]
	}()
	fmt.Println(re != nil, re.Error())
}
