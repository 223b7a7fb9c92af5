package main

import "fmt"

func init() int { return 1 }

func main() {
	fmt.Println("x")
}
