package main

import "fmt"

func main() {
	true := !true
	false := true || false
	fmt.Println(true, false)
}
