package main

import "fmt"

// A generic function's local slice: each instance's element size decides
// the buffer's capacity (4 ints, 32 bytes, 2 strings).
func collect[T any](xs ...T) (int, int) {
	var s []T
	for _, x := range xs {
		s = append(s, x)
	}
	return len(s), cap(s)
}

func main() {
	fmt.Println(collect(1, 2, 3))
	fmt.Println(collect[byte]('a', 'b'))
	fmt.Println(collect("a"))
	fmt.Println(collect(1.5, 2.5, 3.5, 4.5, 5.5))
}
