package main

import "fmt"

func count(yield func(int) bool) int {
	yield(1)
	return 1
}

func main() {
	for x := range count {
		fmt.Println(x)
	}
}
