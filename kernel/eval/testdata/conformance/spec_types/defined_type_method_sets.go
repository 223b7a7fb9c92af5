package main

import "fmt"

type Animal struct{ Name string }

func (a Animal) Speak() string { return a.Name + " makes a sound" }

type Dog struct{ Animal }

func (d Dog) Fetch() string { return d.Name + " fetches" }

// Puppy is defined from Dog: it gets the promoted Speak (from the
// embedded Animal) but not Dog's own Fetch.
type Puppy Dog

type Speaker interface{ Speak() string }
type Fetcher interface{ Fetch() string }

func main() {
	p := Puppy{Animal{"Rex"}}
	fmt.Println(p.Speak())
	var x any = p
	_, isSpeaker := x.(Speaker)
	_, isFetcher := x.(Fetcher)
	fmt.Println(isSpeaker, isFetcher)
	d := Dog(p)
	fmt.Println(d.Fetch())
	var y any = d
	_, isFetcher = y.(Fetcher)
	fmt.Println(isFetcher)
	type Names []string
	type List Names
	var l List = List{"a"}
	fmt.Printf("%T %v\n", l, l)
}
