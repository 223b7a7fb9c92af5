package main

import "fmt"

func main() {
	s := "n="
	n := 3
	fmt.Println(s + n)
}
