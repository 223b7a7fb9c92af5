package main

import "fmt"

type Shower interface{ Show() string }

type P struct{}

func (p *P) Show() string { return "p" }

func Print[T Shower](v T) { fmt.Println(v.Show()) }

func main() {
	Print[P](P{})
}
