package main

import "fmt"

func main() {
	fmt.Println(min(4, 2, 8), max(4.5, 2), min("z", "y"))
	m := map[int]int{1: 1}
	clear(m)
	s := []string{"a"}
	clear(s)
	fmt.Printf("%d %q\n", len(m), s)
}
