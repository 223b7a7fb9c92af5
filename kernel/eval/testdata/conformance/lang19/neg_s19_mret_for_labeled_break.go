package main

import "fmt"

func find(xs []int) int {
outer:
	for {
		for _, x := range xs {
			if x < 0 {
				break outer
			}
		}
		return 0
	}
}

func main() {
	fmt.Println(find([]int{1}))
}
