package main

import "fmt"

func main() {
	a, b := 1+2i, 2+1i
	fmt.Println(a < b)
}
