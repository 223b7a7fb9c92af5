package main

import "fmt"

type IDs []int
type Scores []int

func main() {
	var a IDs = IDs{1, 2}
	var b Scores = a
	fmt.Println(b)
}
