package main

import "fmt"

const (
	Red = iota
	Green
)

func main() {
	c := 1
	switch c {
	case Red:
		fmt.Println("red")
	case 0:
		fmt.Println("zero")
	}
}
