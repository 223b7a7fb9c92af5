package main

import "fmt"

func main() {
	f := 1.0
	f <<= 2
	fmt.Println(f)
}
