package main

import "fmt"

type A struct {
	N int `json:"n"`
}

func main() {
	x := struct {
		N int `json:"other"`
	}{1}
	var a A = x
	fmt.Println(a)
}
