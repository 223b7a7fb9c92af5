package main

import "fmt"

type K struct{ Tags []string }

func main() {
	m := map[K]int{}
	fmt.Println(m)
}
