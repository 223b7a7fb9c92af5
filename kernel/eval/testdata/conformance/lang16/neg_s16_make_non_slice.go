package main

import "fmt"

func main() {
	x := make(int)
	fmt.Println(x)
}
