package main

import "fmt"

type ID int
type Name string

func main() {
	var items []any
	var a any = ID(3)
	var b any = Name("n")
	var c any = 3
	items = append(items, a, b, c, nil)
	for _, it := range items {
		switch it.(type) {
		case ID, Name:
			fmt.Println("defined type")
		case int:
			fmt.Println("int")
		case nil:
			fmt.Println("nil")
		}
	}
}
