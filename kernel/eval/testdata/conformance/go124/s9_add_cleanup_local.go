package main

import (
	"fmt"
	"runtime"
)

// runtime.AddCleanup on the address of a local variable (as
// runtime.ExampleAddCleanup does with &tempFile): once the function that
// declared the variable has returned, the variable is unreachable and its
// cleanup runs, even though the cleanup func is a closure of that function
// (it captures done, a parameter, not the variable).

type File struct{ name string }

func (f *File) Name() string { return f.name }

func open(name string, done chan<- string) {
	file := &File{name: name}
	runtime.AddCleanup(&file, func(name string) {
		done <- "cleaned up " + name
	}, file.Name())
	fmt.Println("opened", file.Name())
}

func main() {
	done := make(chan string)
	open("a.txt", done)
	runtime.GC()
	fmt.Println(<-done)
}
