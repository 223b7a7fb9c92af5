package main

import "fmt"

type Shower interface{ Show() string }

type T struct{}

func (*T) Show() string { return "t" }

func ShowAll[S Shower](xs []S) {
	for _, x := range xs {
		fmt.Println(x.Show())
	}
}

func main() {
	ShowAll([]T{{}})
}
