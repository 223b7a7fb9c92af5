package main

import "fmt"

func main() {
	f := float64("1.5")
	fmt.Println(f)
}
