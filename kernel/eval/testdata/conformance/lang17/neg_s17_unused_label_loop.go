package main

import "fmt"

func f() {
outer:
	for i := 0; i < 2; i++ {
		fmt.Println(i)
	}
}

func main() {
	f()
}
