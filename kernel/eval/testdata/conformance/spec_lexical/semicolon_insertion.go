package main

import "fmt"

func f() (int,
	int,
) {
	return 1,
		2
}

func main() {
	x := []int{
		1,
		2,
	}
	a, b := f()
	fmt.Println(x, a, b)
	y := 3
	z := 4
	if y < z {
		fmt.Println("less")
	}
	m := map[string]int{"a": 1,
		"b": 2}
	fmt.Println(len(m), m["b"])
	s := "a" +
		"b" +
		"c"
	fmt.Println(s)
	for i := 0; i < 2; i++ {
		fmt.Print(i)
	}
	fmt.Println()
}
