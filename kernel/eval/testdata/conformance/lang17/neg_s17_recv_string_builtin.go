package main

import "fmt"

func (s string) Upper() string { return s }

func main() {
	fmt.Println()
}
