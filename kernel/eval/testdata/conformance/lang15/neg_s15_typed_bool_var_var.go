package main

import "fmt"

type B bool

func main() {
	v := true
	var b B = v
	fmt.Println(b)
}
