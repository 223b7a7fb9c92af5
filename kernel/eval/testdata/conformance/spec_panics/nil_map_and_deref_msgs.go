package main

import "fmt"

type T struct{ X int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Println(name+":", r)
		if e, ok := r.(error); ok {
			fmt.Println("  is error:", e.Error())
		}
	}()
	f()
}

func main() {
	try("nil map", func() {
		var m map[string]int
		m["a"]++
	})
	try("nil pointer", func() {
		var p *T
		fmt.Println(p.X)
	})
	try("divide", func() {
		a, b := 1, 0
		fmt.Println(a / b)
	})
	try("modulo", func() {
		a, b := 1, 0
		fmt.Println(a % b)
	})
	try("nil func", func() {
		var f func()
		f()
	})
	try("closed channel", func() {
		c := make(chan int)
		close(c)
		c <- 1
	})
}
