package main

import "fmt"

func main() {
	m := make(map[int]bool, 4)
	fmt.Println(cap(m))
}
