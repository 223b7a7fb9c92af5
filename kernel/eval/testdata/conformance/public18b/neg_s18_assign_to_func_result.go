package main

import "fmt"

func f() int { return 1 }

func main() {
	f() = 2
	fmt.Println()
}
