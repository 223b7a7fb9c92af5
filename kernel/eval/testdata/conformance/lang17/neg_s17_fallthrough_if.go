package main

import "fmt"

func main() {
	if true {
		fallthrough
	}
	fmt.Println()
}
