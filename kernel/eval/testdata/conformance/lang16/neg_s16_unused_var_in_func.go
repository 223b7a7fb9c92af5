package main

import "fmt"

func f() {
	x := 1
}

func main() {
	f()
	fmt.Println("ok")
}
