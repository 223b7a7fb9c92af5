package main

import "fmt"

func main() {
	f := float32(1e40)
	fmt.Println(f)
}
