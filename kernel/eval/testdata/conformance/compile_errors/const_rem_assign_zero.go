package main

import "fmt"

func main() {
	x := 5
	x %= 0
	fmt.Println(x)
}
