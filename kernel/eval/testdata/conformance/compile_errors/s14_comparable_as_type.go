package main

import "fmt"

var seen comparable

func main() {
	fmt.Println(seen)
}
