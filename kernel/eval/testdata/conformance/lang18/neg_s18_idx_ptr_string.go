package main

import "fmt"

func main() {
	s := "abc"
	p := &s
	fmt.Println(p[0])
}
