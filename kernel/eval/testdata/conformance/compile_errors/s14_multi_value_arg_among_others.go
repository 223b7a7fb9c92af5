package main

import "fmt"

func bounds(xs []int) (int, int) { return xs[0], xs[len(xs)-1] }

func main() {
	fmt.Println("bounds:", bounds([]int{1, 5, 9}))
}
