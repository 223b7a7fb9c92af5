package main

import "fmt"

func main() {
	s := "abc"
	clear(s)
	fmt.Println(s)
}
