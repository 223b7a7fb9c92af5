package main

import "fmt"

func main() {
	func() {
		y := 1
	}()
	fmt.Println()
}
