package main

import (
	"errors"
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		var re runtime.Error
		if err, ok := r.(error); ok && errors.As(err, &re) {
			fmt.Println(name, "runtime error:", re.Error())
			return
		}
		fmt.Println(name, "recovered:", r)
	}()
	f()
}

func main() {
	var m map[string]int
	var p *struct{ x int }
	s := []int{1, 2, 3}
	var i interface{} = "str"
	zero := 0
	try("index", func() { _ = s[len(s)+2] })
	lo, hi := 2, 1
	try("slice", func() { _ = s[lo:hi] })
	try("nilmap", func() { m["a"] = 1 })
	try("nilptr", func() { p.x++ })
	try("div", func() { fmt.Println(10 / zero) })
	try("assert", func() { _ = i.(int) })
	try("custom", func() { panic(fmt.Errorf("custom %d", 1)) })
	try("closed", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("neg", func() { _ = make([]int, zero-1) })
	fmt.Println("done")
}
