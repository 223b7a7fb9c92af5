package main

import "fmt"

func main() {
	len := 3
	fmt.Println(len("abc"))
}
