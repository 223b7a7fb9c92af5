package main

import "fmt"

func main() {
	x := _ + 1
	fmt.Println(x)
}
