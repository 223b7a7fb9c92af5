package main

import "fmt"

func main() {
	m := map[int]int{}
	clear(m, m)
	fmt.Println(m)
}
