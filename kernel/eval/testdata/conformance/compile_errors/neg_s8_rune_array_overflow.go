package main

import "fmt"

func main() {
	var a [2]rune
	a[0] = 1 << 33
	fmt.Println(a)
}
