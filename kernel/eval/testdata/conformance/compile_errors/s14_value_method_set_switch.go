package main

import "fmt"

type Closer interface{ Close() error }

type F struct{}

func (*F) Close() error { return nil }

func main() {
	var c Closer = &F{}
	switch c.(type) {
	case F:
		fmt.Println("value")
	}
}
