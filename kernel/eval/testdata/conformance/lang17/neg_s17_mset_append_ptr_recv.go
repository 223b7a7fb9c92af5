package main

import "fmt"

type Speaker interface{ Speak() string }

type Dog struct{}

func (d *Dog) Speak() string { return "woof" }

func main() {
	var all []Speaker
	all = append(all, Dog{})
	fmt.Println(len(all))
}
