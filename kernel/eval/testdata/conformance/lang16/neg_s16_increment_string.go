package main

import "fmt"

func main() {
	s := "a"
	s++
	fmt.Println(s)
}
