package main

import "fmt"

func main() {
	x := panic("no")
	fmt.Println(x)
}
