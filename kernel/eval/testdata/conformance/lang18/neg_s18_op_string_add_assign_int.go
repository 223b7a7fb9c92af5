package main

import "fmt"

func main() {
	s := "a"
	s += 1
	fmt.Println(s)
}
