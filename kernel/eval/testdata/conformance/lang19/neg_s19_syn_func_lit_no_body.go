package main

import "fmt"

func main() {
	f := func(x int) int
	fmt.Println(f)
}
