package main

import "fmt"

func main() {
	x := 1
	switch {
	case 1:
		fmt.Println(x)
	}
}
