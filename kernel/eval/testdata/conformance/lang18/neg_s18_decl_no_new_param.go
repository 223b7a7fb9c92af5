package main

import "fmt"

func f(x int) {
	x := 2
	fmt.Println(x)
}

func main() {
	f(1)
}
