package main

import "fmt"

func main() {
	m := map[int]int{}
	fmt.Println(max(m, m))
}
