package main

import "fmt"

const (
	Small = 1
	Big   = 2
)

func main() {
	x := 2
	switch x {
	case Small:
		fmt.Println("s")
	case Big, 1 + 1:
		fmt.Println("b")
	}
}
