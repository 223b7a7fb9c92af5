package main

import (
	"fmt"
	"runtime"
	"strings"
)

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

type Circle struct{ r float64 }

func try(name string, f func()) {
	defer func() {
		r := recover()
		re, isRuntime := r.(runtime.Error)
		msg := fmt.Sprint(r)
		if isRuntime {
			msg = re.Error()
		}
		fmt.Printf("%-12s runtime=%-5v %s\n", name, isRuntime, strings.TrimSpace(msg))
	}()
	f()
}

func main() {
	var zero int
	var m map[string]int
	var p *Sq
	var sh Shape
	arr := []int{1, 2, 3}
	idx := 5
	var anyv any = "str"
	var anySh any = Sq{2}
	try("divide", func() { fmt.Println(10 / zero) })
	try("index", func() { fmt.Println(arr[idx]) })
	try("slice", func() { fmt.Println(arr[2:idx]) })
	try("slice3", func() { fmt.Println(arr[idx-2 : 1]) })
	try("nilmap", func() { m["a"] = 1 })
	try("nilptr", func() { fmt.Println(p.s) })
	try("nilmethod", func() { fmt.Println(p.Area()) })
	try("niliface", func() { fmt.Println(sh.Area()) })
	try("assert", func() { fmt.Println(anyv.(int)) })
	try("assert2", func() { fmt.Println(anySh.(Circle)) })
	try("assert3", func() { fmt.Println(anyv.(Shape)) })
	try("custom", func() { panic(fmt.Sprintf("custom %d", 42)) })
	try("closed", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("neglen", func() {
		n := -1
		_ = make([]int, n)
	})
	try("conv", func() {
		s := []int{1, 2}
		_ = [3]int(s)
	})
	var arr2 [4]int
	try("array", func() { arr2[idx%8] = 1 })
	fmt.Println(m["x"], len(m))
}
