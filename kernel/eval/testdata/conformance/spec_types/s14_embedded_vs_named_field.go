package main

import "fmt"

type Inner struct{ V int }

func main() {
	var a any = struct{ Inner }{Inner{1}}
	_, ok := a.(struct{ Inner Inner })
	fmt.Println("embedded as named field:", ok)
	_, ok = a.(struct{ Inner })
	fmt.Println("embedded as embedded:", ok)
	var b any = struct{ Inner Inner }{Inner{2}}
	switch b.(type) {
	case struct{ Inner }:
		fmt.Println("embedded")
	case struct{ Inner Inner }:
		fmt.Println("named field")
	}
}
