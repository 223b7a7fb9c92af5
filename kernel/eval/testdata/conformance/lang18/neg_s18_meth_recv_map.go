package main

import "fmt"

func (m map[string]int) Size() int { return len(m) }

func main() {
	fmt.Println("x")
}
