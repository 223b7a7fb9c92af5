package main

import "fmt"

func main() {
	b := bool(1)
	fmt.Println(b)
}
