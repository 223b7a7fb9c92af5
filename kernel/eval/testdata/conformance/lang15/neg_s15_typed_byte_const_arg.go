package main

import "fmt"

type Octet byte

const b byte = 7

func put(o Octet) { fmt.Println(o) }

func main() {
	put(b)
}
