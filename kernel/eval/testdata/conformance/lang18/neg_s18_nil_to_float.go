package main

import "fmt"

func main() {
	f := float64(nil)
	fmt.Println(f)
}
