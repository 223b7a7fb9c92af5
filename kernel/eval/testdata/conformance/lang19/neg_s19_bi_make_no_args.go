package main

import "fmt"

func main() {
	m := make()
	fmt.Println(m)
}
