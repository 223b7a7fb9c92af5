package main

import "fmt"

// A slice copied to a variable that escapes, or appended to another slice, escapes.

func other() {
	var s []int
	s = append(s, 1)
	t := append(s, 2)
	fmt.Println(len(t), cap(t), t)
}

func main() { other() }
