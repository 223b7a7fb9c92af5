package main

import "fmt"

func f() int {
	return
}

func main() {
	fmt.Println(f())
}
