package main

import "fmt"

func f[T any](v T) {
	var x interface {
		Do()
		Do()
	}
	fmt.Println(v, x)
}

func main() {
	f(1)
}
