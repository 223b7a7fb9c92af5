package main

import "fmt"

func nums(yield func(int) bool) {
	yield(1)
}

func main() {
	for i, x := range nums {
		fmt.Println(i, x)
	}
}
