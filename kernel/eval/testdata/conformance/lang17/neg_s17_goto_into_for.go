package main

import "fmt"

func f() {
	goto inside
	for i := 0; i < 2; i++ {
	inside:
		fmt.Println(i)
	}
}

func main() {
	f()
}
