package main

import "fmt"

type Speaker interface{ Speak() string }

type Dog struct{}

func (d *Dog) Speak() string { return "woof" }

type Owner struct{ Pet Speaker }

func main() {
	o := Owner{Pet: Dog{}}
	fmt.Println(o)
}
