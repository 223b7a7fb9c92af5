package main

import "fmt"

func main() {
	x := 5
	x()
	fmt.Println(x)
}
