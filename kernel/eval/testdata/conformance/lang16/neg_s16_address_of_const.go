package main

import "fmt"

const c = 1

func main() {
	p := &c
	fmt.Println(p)
}
