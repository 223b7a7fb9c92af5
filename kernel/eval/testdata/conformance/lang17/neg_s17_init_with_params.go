package main

import "fmt"

func init(n int) { fmt.Println(n) }

func main() {
	fmt.Println()
}
