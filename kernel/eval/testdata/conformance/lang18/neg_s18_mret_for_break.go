package main

import "fmt"

func f() int {
	for {
		break
	}
}

func main() {
	fmt.Println(f())
}
