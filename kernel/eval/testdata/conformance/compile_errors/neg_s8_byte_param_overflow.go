package main

import "fmt"

func f(b byte) { fmt.Println(b) }

func main() {
	f(300)
}
