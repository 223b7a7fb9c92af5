package main

import "fmt"

func main() {
	m := map[string]int{}
	n := map[string]int{}
	switch m {
	case n:
		fmt.Println("same")
	}
}
