package main

import "fmt"

func main() {
	x := 3
	p := &x
	fmt.Println(int(p))
}
