package main

import "fmt"

// A local []int appended in a loop: gc gives its first growth a 32-byte stack buffer (cap 4).

func grow() {
	var s []int
	for i := 0; i < 10; i++ {
		s = append(s, i)
		fmt.Println(len(s), cap(s))
	}
}

func main() { grow() }
