package main

import "fmt"

func main() {
	switch {
	case 1.5:
		fmt.Println("x")
	}
}
