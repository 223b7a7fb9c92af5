package main

import (
	"fmt"
	"strings"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: runtime error? %v: %v\n", name, strings.HasPrefix(err.Error(), "runtime error"), err)
			return
		}
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

type T struct{ x int }

func main() {
	try("index", func() {
		s := []int{1, 2, 3}
		i := 5
		fmt.Println(s[i])
	})
	try("slice", func() {
		s := []int{1, 2, 3}
		i, j := 2, 1
		fmt.Println(s[i:j])
	})
	try("nil map", func() {
		var m map[string]int
		m["a"] = 1
	})
	try("div", func() {
		a, b := 1, 0
		fmt.Println(a / b)
	})
	try("nil ptr", func() {
		var p *T
		fmt.Println(p.x)
	})
	try("assert", func() {
		var i any = "str"
		fmt.Println(i.(int))
	})
	try("custom", func() { panic(fmt.Sprintf("bad value %d", 42)) })
	try("error value", func() { panic(fmt.Errorf("wrapped %w", fmt.Errorf("inner"))) })
	try("closed chan", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("array", func() {
		var a [3]int
		k := -1
		a[k+4] = 1
	})
	try("no panic", func() {})
}
