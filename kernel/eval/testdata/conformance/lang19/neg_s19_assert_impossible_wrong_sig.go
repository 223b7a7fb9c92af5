package main

import "fmt"

type Reader interface{ Read() string }

type File struct{}

func (f File) Read() int { return 0 }

func main() {
	var r Reader
	f, ok := r.(File)
	fmt.Println(f, ok)
}
