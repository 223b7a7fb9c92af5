package main

import "fmt"

func (m map[string]int) Count() int { return len(m) }

func main() {
	fmt.Println("x")
}
