package main

import "fmt"

func main() {
	switch {
	case 1:
		fmt.Println()
	}
}
