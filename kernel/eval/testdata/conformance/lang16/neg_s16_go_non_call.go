package main

import "fmt"

func f() int { return 1 }

func main() {
	go f
	fmt.Println("x")
}
