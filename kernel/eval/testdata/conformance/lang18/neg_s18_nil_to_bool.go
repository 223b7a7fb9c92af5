package main

import "fmt"

func main() {
	b := bool(nil)
	fmt.Println(b)
}
