package main

import "fmt"

func main() {
	f := (x int) => x * 2
	fmt.Println(f(2))
}
