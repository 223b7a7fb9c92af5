package main

import "fmt"

// Strings appended in a loop: 2, 4, 8 (the buffer's 2, then the heap).

func words() {
	var ws []string
	for _, w := range []string{"a", "b", "c", "d", "e"} {
		ws = append(ws, w)
		fmt.Println(len(ws), cap(ws), ws[len(ws)-1])
	}
}

func main() { words() }
