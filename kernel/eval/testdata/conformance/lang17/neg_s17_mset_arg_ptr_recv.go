package main

import "fmt"

type Speaker interface{ Speak() string }

type Dog struct{}

func (d *Dog) Speak() string { return "woof" }

func talk(s Speaker) { fmt.Println(s.Speak()) }

func main() {
	talk(Dog{})
}
