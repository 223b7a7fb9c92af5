package main

import "fmt"

func main() {
	f := func(n int) string {
		if n > 0 {
			return "pos"
		}
	}
	fmt.Println(f(1))
}
