package main

import "fmt"

var (
	a = c + b
	b = f("b")
	c = f("c")
	d = 3
)

var total = sum(x, y)
var x, y = pair()

func pair() (int, int) { fmt.Println("pair"); return 1, 2 }
func sum(v ...int) int {
	fmt.Println("sum", v)
	s := 0
	for _, e := range v {
		s += e
	}
	return s
}

func f(s string) int {
	fmt.Println("init", s)
	return d + len(s)
}

func init() { fmt.Println("init1", a, total) }

var registry = map[string]func() int{}

func init() {
	registry["one"] = func() int { return 1 }
	fmt.Println("init2", len(registry))
}

type T struct{ n int }

var tv = T{n: f("tv")}
var ptr = &tv

func main() {
	fmt.Println(a, b, c, d, total, x, y, registry["one"](), ptr.n)
}
