package main

import "fmt"

type P struct{ X int }

func GetX[T P](v T) int {
	return v.X
}

func main() {
	fmt.Println(GetX(P{1}))
}
