package main

import "fmt"

// A slice declared in a loop's body: gc's buffer serves the function's call once, the first iteration.

func perIter() {
	for i := 0; i < 3; i++ {
		var s []int
		s = append(s, i)
		fmt.Println(i, len(s), cap(s))
	}
}

func main() {
	perIter()
	perIter()
}
