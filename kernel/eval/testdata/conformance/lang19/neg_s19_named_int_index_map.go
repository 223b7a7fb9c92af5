package main

import "fmt"

type UserID int

func main() {
	m := map[int]string{1: "a"}
	var id UserID = 1
	fmt.Println(m[id])
}
