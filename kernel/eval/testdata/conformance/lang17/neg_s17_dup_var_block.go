package main

import "fmt"

func main() {
	for i := 0; i < 2; i++ {
		const n = 1
		var n = i
		fmt.Println(n)
	}
}
