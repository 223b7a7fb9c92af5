package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s + s })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	func() {
		for i := range 3 {
			defer func() { fmt.Println("deferred", i) }()
		}
	}()
	counter := func() func() int {
		c := 0
		return func() int { c++; return c }
	}()
	counter()
	counter()
	fmt.Println(counter())
	acc := make(map[string]func(int) int)
	for _, n := range []int{2, 3} {
		acc[fmt.Sprint("mul", n)] = func(x int) int { return x * n }
	}
	fmt.Println(acc["mul2"](5), acc["mul3"](5))
}
