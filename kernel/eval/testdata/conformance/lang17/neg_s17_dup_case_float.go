package main

import "fmt"

func main() {
	f := 1.5
	switch f {
	case 1.5:
		fmt.Println("a")
	case 1.5:
		fmt.Println("b")
	}
}
