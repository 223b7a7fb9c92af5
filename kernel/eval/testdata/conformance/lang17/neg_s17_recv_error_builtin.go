package main

import "fmt"

func (e error) Print() { fmt.Println(e) }

func main() {
	fmt.Println()
}
