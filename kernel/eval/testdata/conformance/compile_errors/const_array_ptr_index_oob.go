package main

import "fmt"

func main() {
	var a [2]int
	p := &a
	fmt.Println(p[2])
}
