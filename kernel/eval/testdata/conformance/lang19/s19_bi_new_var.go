package main

import "fmt"

func main() {
	n := 3
	p := new(n)
	fmt.Println(*p)
}
