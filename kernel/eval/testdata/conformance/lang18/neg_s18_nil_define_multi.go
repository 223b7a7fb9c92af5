package main

import "fmt"

func main() {
	a, b := 1, nil
	fmt.Println(a, b)
}
