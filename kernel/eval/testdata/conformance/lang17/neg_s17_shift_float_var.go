package main

import "fmt"

func main() {
	f := 2.0
	x := f << 1
	fmt.Println(x)
}
