package main

import "fmt"

func f() int { return iota }

func main() {
	fmt.Println(f())
}
