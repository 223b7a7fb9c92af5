package main

import "fmt"

func main() {
	fmt.Fprintln("x", 1)
}
