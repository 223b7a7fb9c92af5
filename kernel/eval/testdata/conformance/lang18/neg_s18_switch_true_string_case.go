package main

import "fmt"

func main() {
	x := 1
	switch {
	case "a":
		fmt.Println(x)
	}
}
