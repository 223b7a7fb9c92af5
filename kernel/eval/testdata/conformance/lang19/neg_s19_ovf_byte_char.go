package main

import "fmt"

func main() {
	b := byte('世')
	fmt.Println(b)
}
