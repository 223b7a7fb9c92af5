package main

import "fmt"

type Name string

const s string = "go"

func main() {
	ns := []Name{s}
	fmt.Println(ns)
}
