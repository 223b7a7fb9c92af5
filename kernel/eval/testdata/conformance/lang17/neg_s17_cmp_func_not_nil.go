package main

import "fmt"

func main() {
	f := func() {}
	g := f
	fmt.Println(f != g)
}
