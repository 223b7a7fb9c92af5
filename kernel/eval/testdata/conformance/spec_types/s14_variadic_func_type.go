package main

import "fmt"

func sumv(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func sums(xs []int) int { return sumv(xs...) }

func main() {
	var a any = sumv
	var b any = sums
	_, ok := a.(func([]int) int)
	fmt.Println("variadic as slice param:", ok)
	_, ok = a.(func(...int) int)
	fmt.Println("variadic as variadic:", ok)
	_, ok = b.(func(...int) int)
	fmt.Println("slice as variadic:", ok)
	fmt.Printf("%T %T\n", a, b)
	switch f := b.(type) {
	case func(...int) int:
		fmt.Println("variadic", f(1, 2))
	case func([]int) int:
		fmt.Println("slice", f([]int{1, 2}))
	}
}
