package main

import "fmt"

func (s string) Len() int { return len(s) }

func main() {
	fmt.Println("x")
}
