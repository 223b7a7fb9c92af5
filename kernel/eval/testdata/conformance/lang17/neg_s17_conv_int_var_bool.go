package main

import "fmt"

func main() {
	x := 3
	b := bool(x)
	fmt.Println(b)
}
