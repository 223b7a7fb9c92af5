package main

import "fmt"

func main() {
	for i := 0; i < 2; i++ {
		fallthrough
	}
	fmt.Println()
}
