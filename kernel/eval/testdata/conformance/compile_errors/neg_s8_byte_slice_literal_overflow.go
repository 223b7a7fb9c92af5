package main

import "fmt"

func main() {
	b := []byte{1, 256}
	fmt.Println(b)
}
