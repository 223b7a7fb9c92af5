package main

import "fmt"

type Named interface {
	Name() string
	ID() int
}

type User struct{}

func (u User) Name() string { return "u" }

func Show[T Named](v T) { fmt.Println(v.Name(), v.ID()) }

func main() {
	Show(User{})
}
