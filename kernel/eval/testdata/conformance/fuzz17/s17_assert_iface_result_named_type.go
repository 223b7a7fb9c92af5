package main

import "fmt"

// ID is a named type whose underlying type is int: a method returning ID
// does not implement a method returning int.
type ID int

type IntGetter interface{ Get() int }
type IDGetter interface{ Get() ID }

type ByID struct{}

func (ByID) Get() ID { return 7 }

type ByInt struct{}

func (ByInt) Get() int { return 8 }

type Setter interface{ Set(int) }

type SetID struct{}

func (SetID) Set(ID) {}

func which(v any) string {
	switch v.(type) {
	case IntGetter:
		return "IntGetter"
	case IDGetter:
		return "IDGetter"
	case Setter:
		return "Setter"
	}
	return "neither"
}

func main() {
	for _, v := range []any{ByID{}, ByInt{}, SetID{}, &ByID{}} {
		_, i := v.(IntGetter)
		_, d := v.(IDGetter)
		_, s := v.(Setter)
		fmt.Printf("%T %v %v %v %s\n", v, i, d, s, which(v))
	}
}
