package main

import "fmt"

type Inner struct{ N int }
type Outer struct{ Inner }

func main() {
	m := map[string]Outer{"a": {}}
	m["a"].N = 1
	fmt.Println(m)
}
