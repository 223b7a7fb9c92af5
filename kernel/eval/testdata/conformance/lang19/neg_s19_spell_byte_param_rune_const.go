package main

import "fmt"

func put(b byte) { fmt.Println(b) }

func main() {
	put('世')
}
