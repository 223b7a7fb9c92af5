package main

import "fmt"

type Speaker interface{ Speak() string }

type Dog struct{}

func (d *Dog) Speak() string { return "woof" }

func main() {
	m := map[string]Speaker{"d": Dog{}}
	fmt.Println(len(m))
}
