package main

import "fmt"

func main() {
	x := 5
	x = "s"
	fmt.Println(x)
}
