package main

import "fmt"

type P struct{ X, Y int }

func main() {
	for f := range (P{}) {
		fmt.Println(f)
	}
}
