package main

import "fmt"

func main() {
	if true {
		break
	}
	fmt.Println()
}
