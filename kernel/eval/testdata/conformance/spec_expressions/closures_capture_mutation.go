package main

import "fmt"

type acc struct{ total int }

func main() {
	a := &acc{}
	add := func(n int) { a.total += n }
	for i := range 4 {
		add(i)
	}
	fmt.Println(a.total)
	x := 1
	get := func() int { return x }
	x = 2
	fmt.Println(get())
	fs := map[string]func(int) int{}
	for _, k := range []int{2, 3} {
		fs[fmt.Sprint("mul", k)] = func(v int) int { return v * k }
	}
	fmt.Println(fs["mul2"](10), fs["mul3"](10))
}
