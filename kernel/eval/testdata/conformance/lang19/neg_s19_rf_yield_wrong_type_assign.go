package main

import "fmt"

func words(yield func(string) bool) {
	yield("a")
}

func main() {
	var n int
	for n = range words {
		fmt.Println(n)
	}
}
