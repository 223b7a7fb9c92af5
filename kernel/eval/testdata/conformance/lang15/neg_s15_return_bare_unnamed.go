package main

import "fmt"

func f() int {
	if true {
		return
	}
	return 1
}

func main() {
	fmt.Println(f())
}
