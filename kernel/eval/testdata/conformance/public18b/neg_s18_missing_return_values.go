package main

import "fmt"

func f() (int, error) {
	return
}

func main() {
	fmt.Println(f())
}
