package main

import "fmt"

type MyErr struct{}

func (MyErr) error() string { return "x" }

func main() {
	var e error = MyErr{}
	fmt.Println(e)
}
