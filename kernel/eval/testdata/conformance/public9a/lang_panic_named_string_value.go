package main

import "fmt"

type Reason string

func check(xs []int) {
	for i, x := range xs {
		if x < 0 {
			panic(Reason(fmt.Sprintf("negative at %d", i)))
		}
	}
}

func main() {
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T %v\n", r, r)
		}()
		check([]int{1, -2})
	}()
	check([]int{3, 4, -5})
}
