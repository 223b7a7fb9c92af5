package main

import "fmt"

func show(label string, v int) {
	fmt.Println(label, v)
}

func run() {
	x := 1
	defer show("arg evaluated at defer:", x)
	defer func() { show("closure sees final:", x) }()
	defer func(v int) { show("param copy:", v) }(x * 10)
	x = 42
	fmt.Println("body done, x =", x)
}

type T struct{ n int }

func (t T) Val()  { fmt.Println("value receiver copied:", t.n) }
func (t *T) Ptr() { fmt.Println("pointer receiver sees:", t.n) }

func main() {
	run()
	t := T{1}
	defer t.Val()
	defer t.Ptr()
	t.n = 2
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Println("main end")
}
