package main

import "fmt"

func f(n int) string {
	return n
}

func main() {
	fmt.Println(f(1))
}
